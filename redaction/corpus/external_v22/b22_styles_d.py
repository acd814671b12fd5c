"""blind22 styles D: research payment logs, department meeting minutes, downtime reschedule lists,
spreadsheet formula dumps."""

from __future__ import annotations

import b22_pools as P
from b22_clin import finding, modality_word
from b22_doc import (
    ACC,
    ACT,
    AGE,
    CTY,
    DEV,
    EML,
    FAC,
    IP,
    MRN,
    PER,
    SSN,
    ST,
    TEL,
    URL,
    ZIP,
    age_mk,
    cred,
    hdr,
    meas,
    sc,
    seq,
    yr,
)
from b22_kit import dmk, doc_name, dtmk, ini, nm, tel, tmk


def payment_log(rng, d) -> str:
    ref = P.rand_date(rng)
    pi, coord = P.people(rng, 2)
    n = rng.randrange(4, 9)
    parts = P.people(rng, n)
    study = rng.choice(["Quantitative MRI of knee cartilage", "Low-dose CT reproducibility", "Prostate MRI without contrast",
                        "Pediatric brain MRI motion correction", "Contrast-enhanced ultrasound of renal masses"])
    d.line(rng.choice(["PARTICIPANT PAYMENT LOG", "Subject compensation ledger", "Research payments - radiology"]))
    d.line(f"Study: {study} | PI: {doc_name(rng, pi, ('MD', 'PhD', 'MD, PhD'), rng.choice(['comma', 'dr']))}")
    d.line(f"Coordinator: {PER(coord.short())}" + (f" ({EML(coord.email(rng))})" if rng.random() < 0.6 else "")
           + f" | exported {dmk(rng, ref, 'iso')}")
    cols = ["name", "visit", "date", "amount", "card"]
    if rng.random() < 0.6:
        cols.append("addr")
    if rng.random() < 0.5:
        cols.append("ssn")
    rng.shuffle(cols)
    cols.remove("name")
    cols.insert(0, "name")
    delim = rng.choice([" | ", "\t", " ; ", "  "])
    labels = {"name": rng.choice(["Participant", "Name", "Subject name"]), "visit": "Visit", "date": rng.choice(["Date", "Visit date"]),
              "amount": rng.choice(["Amt", "Amount ($)"]), "card": rng.choice(["ClinCard #", "Card no.", "Prepaid card"]),
              "addr": rng.choice(["Mailing address", "Address"]), "ssn": rng.choice(["SSN (1099)", "TIN/SSN"])}
    d.line(delim.join(labels[c] for c in cols))
    nform = rng.choice(["LF", "lf", "short", "upper"])
    dform = rng.choice(["mdY", "mdy", "iso", "dMonY", "mdY1"])
    total = 0
    for i, p in enumerate(parts):
        vd = P.shift(ref, -rng.randrange(1, 120))
        amt = rng.choice([25, 50, 50, 75, 100, 150])
        total += amt
        c = P.city(rng)
        cells = {
            "name": nm(rng, p, nform),
            "visit": rng.choice(["Screening", "V1 MRI", "V2 MRI", "Follow-up", "Baseline CT", "V3"]),
            "date": dmk(rng, vd, dform),
            "amount": f"{amt}.00",
            "card": ACT(f"{P.digits(rng, 4)} {P.digits(rng, 4)} {P.digits(rng, 4)} {P.digits(rng, 4)}" if rng.random() < 0.5 else P.digits(rng, 10)),
            "addr": f"{ST(P.street(rng))}, {CTY(c[0])} {c[1]} {ZIP(P.zipcode(rng, c))}",
            "ssn": SSN(P.ssn(rng)) if rng.random() < 0.6 else rng.choice(["W-9 on file", "n/a", "pending"]),
        }
        d.line(delim.join(cells[c] for c in cols))
    d.line(f"Total disbursed: ${total}.00" + (f"; reconciled by {ini(coord)} {dmk(rng, ref, 'md')}" if rng.random() < 0.6 else ""))
    if rng.random() < 0.5:
        d.line(rng.choice(["Note: payments >= $600 per calendar year require SSN for IRS 1099 reporting.",
                           f"Note: participant {nm(rng, parts[0], 'short')} withdrew after {rng.choice(['screening', 'V1'])}; card deactivated."]))
    return "MR"


def meeting_minutes(rng, d) -> str:
    ref = P.rand_date(rng)
    ids = P.IdStyle(rng)
    staff = P.people(rng, rng.randrange(5, 9))
    fac = P.facility(rng, rng.choice(["Medical Center", "Regional Hospital", "Community Hospital"]))
    d.line(f"{FAC(fac)} {rng.choice(['Radiology Department Meeting', 'Imaging Staff Meeting - Minutes', 'Radiology Section Meeting'])}")
    d.line(f"{rng.choice(['Date', 'Held'])}: {dtmk(rng, ref, (rng.choice([7, 12, 16]), rng.choice([0, 30])))}"
           + rng.choice(["  Location: Conf Rm B2", "  (hybrid)", ""]))
    creds = ["MD", "DO", "RT(R)", "RT(R)(MR)", "RN", "MBA", "PhD, DABR", "RDMS"]
    pres = []
    for p in staff[:-1]:
        r = rng.random()
        if r < 0.45:
            pres.append(f"{PER(p.short())}, {cred(rng.choice(creds))}")
        elif r < 0.7:
            pres.append(f"{PER(p.short())}")
        elif r < 0.85:
            pres.append(f"Dr. {PER(p.last())}")
        else:
            pres.append(f"{PER(p.initial_last() if p.kind == 'western' else p.short())}")
    d.line(f"{rng.choice(['Present', 'Attendees', 'In attendance'])}: " + "; ".join(pres))
    if rng.random() < 0.5:
        d.line(f"Absent/excused: {PER(staff[-1].short())}")
    d.line(f"Chair: {ini(staff[0])}   Scribe: {ini(staff[1])}")
    d.line()
    items = []
    sn = P.serial(rng)
    go = P.shift(ref, rng.randrange(20, 90))
    items.append(f"New {rng.choice(['3T MRI', '1.5T MRI', 'photon-counting CT', 'mammography unit'])} (serial {DEV(sn)}) "
                 f"install on track; go-live {dmk(rng, go)}"
                 + (f", console at {IP(P.priv_ip(rng))}" if rng.random() < 0.4 else "") + f". Applications training led by {PER(staff[2].short())}.")
    pt = P.person(rng)
    if rng.random() < 0.8:
        items.append(rng.choice([
            (f"Safety event review: wrong-side {modality_word(rng, 'US')} ordered for pt {ini(pt)} (MRN {MRN(ids.mrn())}) on "
             f"{dmk(rng, P.shift(ref, -rng.randrange(3, 25)), 'md')}; caught at time-out. {ini(staff[3])} to update order-entry script."),
            (f"Near miss {dmk(rng, P.shift(ref, -rng.randrange(3, 25)), rng.choice(['md', 'Mon.d']))}: pacemaker patient nearly started on the "
             f"routine brain protocol ({seq('DWI')}/{seq('FLAIR')}) before screening was complete; "
             f"screening form revised by {PER(staff[3].short())}."),
            (f"Contrast reaction drill results: response time {meas('4 min')}; patient {nm(rng, pt)} (accession {ACC(ids.acc())}) "
             f"used as anonymised teaching case - reminder to strip identifiers before sharing."),
        ]))
    items.append(f"Turnaround: ED {modality_word(rng, 'CT')} median {rng.randrange(28, 70)} min for {yr(ref.year)} Q{rng.randrange(1, 5)}; "
                 f"target 45. {rng.choice(['Nights remain the bottleneck.', 'Improved after adding a swing shift.'])}")
    if rng.random() < 0.6:
        items.append(f"Staffing: {PER(staff[4].short())} returning from leave {dmk(rng, P.shift(ref, 10), rng.choice(['md', 'Monthd']))}; "
                     f"locum coverage through {dmk(rng, P.shift(ref, 9), rng.choice(['md', 'Monthd', 'mdY']))}.")
    if rng.random() < 0.5:
        items.append(f"Peer-learning cases: {finding(rng, rng.choice(['chest', 'msk', 'neuro']))}")
    rng.shuffle(items)
    for i, it in enumerate(items, 1):
        d.line(rng.choice([f"{i}. {it}", f"- {it}", f"Item {i}: {it}"]))
    d.line()
    d.line(f"{hdr(rng.choice(['Action items', 'ACTION ITEMS', 'Follow-up']))}:")
    for p in rng.sample(staff[:5], 2):
        d.line(f"  [{ini(p)}] {rng.choice(['circulate revised protocol', 'confirm vendor dates', 'audit call-back logs', 'update on-call grid'])} "
               f"by {dmk(rng, P.shift(ref, rng.randrange(5, 20)), rng.choice(['md', 'mdY']))}")
    nxt = P.shift(ref, rng.choice([14, 28, 30]))
    d.line(f"Next meeting: {dtmk(rng, nxt, sep=' ')}" + (f" - {URL(P.url(rng, 'meet'))}" if rng.random() < 0.5 else ""))
    return "CT"


def reschedule_list(rng, d) -> str:
    ref = P.rand_date(rng)
    ids = P.IdStyle(rng)
    fac = P.facility(rng)
    sched = P.person(rng)
    unit = rng.choice(["MRI 2", "CT 1", "Mammo Rm 3", "US Rm 4", "MR-West 1.5T"])
    m = {"M": "MR", "C": "CT", "U": "US"}.get(unit[0], "MR") if not unit.startswith("Mammo") else "MG"
    d.line(f"{rng.choice(['DOWNTIME RESCHEDULE LIST', 'Equipment downtime - patients to rebook', 'Scanner down: call list'])} - {FAC(fac)}")
    d.line(f"{unit} ({rng.choice(['Siemens', 'GE', 'Philips', 'Canon'])}, SN {DEV(P.serial(rng))}) down "
           f"{dtmk(rng, ref, (rng.randrange(6, 11), 0), sep=' ')}; {rng.choice(['helium issue', 'gradient coil fault', 'tube failure', 'detector error'])}. "
           f"Est. return {dmk(rng, P.shift(ref, rng.randrange(1, 4)), rng.choice(['md', 'mdY', 'Mon.d']))}.")
    if rng.random() < 0.3:
        d.line(f"Worklist feed from {IP(P.priv_ip(rng))} paused; {rng.choice(['AE title', 'node'])} {unit.split()[0].upper()}_{rng.randrange(1, 9)}.")
    d.line(f"Prepared by {PER(sched.short())}" + (f", {tel(rng)}" if rng.random() < 0.6 else ""))
    d.line()
    cols = ["time", "name", "mrn", "phone", "exam", "new", "note"]
    if rng.random() < 0.5:
        cols.remove("note")
    if rng.random() < 0.4:
        cols[1], cols[2] = cols[2], cols[1]
    delim = rng.choice([" | ", "  ", "\t", ", "])
    d.line(delim.join({"time": "Orig", "name": rng.choice(["Patient", "Name"]), "mrn": "MRN", "phone": "Phone",
                       "exam": "Exam", "new": rng.choice(["Rebooked", "New slot"]), "note": "Notes"}[c] for c in cols))
    nform = rng.choice(["LF", "lf", "short"])
    tform = rng.choice(["24", "12"])
    h = rng.randrange(7, 9)
    for _ in range(rng.randrange(4, 10)):
        pt = P.patient(rng, ids, ref, over89=0.08)
        h_m = (h, rng.choice([0, 15, 30, 45]))
        h += 1
        if h > 19:
            h = 7
        nd = P.shift(ref, rng.randrange(1, 10))
        r = rng.random()
        new = (dtmk(rng, nd, None, rng.choice(["md", "mdy"]), tform, " ") if r < 0.6 else
               rng.choice(["LVM", "no answer x2", "pt to call back", f"sent to {FAC(P.facility(rng, 'Imaging Center'))}"]))
        note = rng.choice(["", "needs interpreter", "claustrophobic - oral sedation", "wheelchair", f"age {AGE(pt.age)}" if pt.age > 89 else "",
                           "prior auth expires " + dmk(rng, P.shift(ref, 5), "md"), f"ref {doc_name(rng, P.person(rng), ('MD',), 'dr')}"])
        cells = {"time": tmk(rng, h_m, tform), "name": nm(rng, pt.p, nform), "mrn": MRN(pt.mrn), "phone": TEL(pt.phone),
                 "exam": f"{rng.choice(['brain w/o', 'L-spine', 'knee', 'abd/pelvis w', 'chest w/o', 'pelvis', 'screening'])}",
                 "new": new, "note": note or "-"}
        d.line(delim.join(cells[c] for c in cols))
    if rng.random() < 0.5:
        d.line(rng.choice([f"Escalated to {PER(P.person(rng).short())} (imaging manager) at {tmk(rng)}.",
                           "All inpatients moved to the ED scanner.", "Outpatients notified via text blast."]))
    return m


def sheet_formulas(rng, d) -> str:
    ref = P.rand_date(rng)
    ids = P.IdStyle(rng)
    tab = rng.choice(["Callbacks", "Incidentals_FU", "BreastRecall", "LungNoduleFU", "Sheet1"])
    n = rng.randrange(2, 5)
    d.line(rng.choice([f"# formula view export: {tab}.xlsx", f"Workbook: {tab}.xlsx  (Show Formulas = ON)",
                       f"=== {tab} ==="]))
    heads = ["Patient", "MRN", "DOB", "Exam date", "Age", "Due", "Link"]
    if rng.random() < 0.5:
        heads.append("Phone")
    d.line("  ".join(f"{chr(65 + i)}1: {h}" for i, h in enumerate(heads)))
    mode = rng.randrange(2)
    for r in range(2, n + 2):
        pt = P.patient(rng, ids, ref, lo=40, over89=0.2)
        ed = P.shift(ref, -rng.randrange(5, 300))
        acc = ids.acc()
        link = P.url(rng, "viewer") if rng.random() < 0.5 else f"https://pacs.example.org/viewer?acc={acc}"
        cells = [f"A{r}: {nm(rng, pt.p, rng.choice(['LF', 'lf']))}", f"B{r}: {MRN(pt.mrn)}",
                 f"C{r}: {dmk(rng, pt.dob, rng.choice(['mdY', 'iso', 'mdY1']))}", f"D{r}: {dmk(rng, ed, rng.choice(['mdY', 'iso']))}",
                 f"E{r}: =DATEDIF(C{r},D{r},\"y\")" + (f"  -> {age_mk(pt.age)}" if rng.random() < 0.7 else ""),
                 f"F{r}: =EDATE(D{r},{rng.choice([3, 6, 12])})", f"G{r}: =HYPERLINK(\"{URL(link)}\",\"open\")"]
        if "Phone" in heads:
            cells.append(f"H{r}: {TEL(pt.phone)}")
        d.line(("  " if mode == 0 else "\n").join(cells))
        if mode == 1:
            d.line()
    extra = rng.sample([
        f"I1: =COUNTIF(F2:F{n + 1},\"<\"&TODAY())",
        "J2: =VLOOKUP(B2,'Worklist'!A:D,3,FALSE)",
        f"K2: ={rng.choice(['CONCAT', 'CONCATENATE'])}(A2,\" \",B2)",
        f"Comment on A2 ({PER(P.person(rng).short())}, {dmk(rng, ref, 'md')}): left VM, try {TEL(P.phone(rng))}",
        f"Note: {finding(rng, rng.choice(['chest', 'abdomen', 'thyroid']))}",
        f"L1: Nodule size  L2: {meas(rng.choice(['6', '8', '11']) + ' mm')}  L3: {sc(rng.choice(['Lung-RADS 3', 'Lung-RADS 4A', 'Fleischner: CT at 6-12 mo']))}",
    ], 3)
    for e in extra:
        d.line(e)
    if rng.random() < 0.5:
        d.line(f"Last modified by {EML(P.person(rng).email(rng))} on {dtmk(rng, ref, sep=' ')}")
    return rng.choice(["CT", "US", "MG"])
