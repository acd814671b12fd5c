"""Structured genres, part A: contrast extravasation forms, implant lot logs, MRI Zone IV door logs,
lead-apron inspection logs, patient belongings inventories."""

from __future__ import annotations

from b30_doc import Doc
from b30_pools import G


def _lab(g: G, *variants):
    return g.pick(variants)


def extravasation_form(g: G):
    d = Doc()
    pt = g.person()
    colon = g.pick([": ", ":  ", " - ", ":\t"])
    d.line(g.pick(["CONTRAST EXTRAVASATION REPORT", "Contrast Extravasation Event Form", "EXTRAVASATION / INFILTRATION FORM"]))
    rows = [
        (_lab(g, "Patient", "Pt Name", "PATIENT NAME", "Name"), g.pname(pt, g.pick(["LF", "lf", "lfm", "FL"]))),
        (_lab(g, "MRN", "Med Rec #", "MR#"), (g.mrn(), "MRN")),
        (_lab(g, "DOB", "D.O.B.", "Birthdate"), (g.dob(), "DATE_TIME")),
        (_lab(g, "Age", "AGE"), g.age()),
        (_lab(g, "Accession", "Acc #", "ACC"), (g.acc(), "ACCESSION")),
        (_lab(g, "Exam", "Study"), [(g.pick(["CT", "CTA", "MRI"]), "modality"), (g.pick([" chest/abd/pelvis", " head", " abdomen w/ contrast"]), None)]),
        (_lab(g, "Date/Time", "Event date", "When"), g.dt()),
        (_lab(g, "Site", "IV site", "Location"), (g.pick(["antecubital fossa", "dorsum of hand", "basilic vein", "cephalic vein"]), "anatomy")),
        (_lab(g, "Volume extravasated", "Est. volume", "Vol"), (f"{g.r.randint(5, 120)} mL", "measurement")),
        (_lab(g, "Injector S/N", "Injector serial", "Pump SN"), (g.serial(), "DEVICE_SERIAL")),
        (_lab(g, "Technologist", "Tech", "Performed by"), g.staff(g.pick(["RT(R)(CT)", "RT(R)", "RT(R)(MR)"]))),
        (_lab(g, "Radiologist notified", "Rad notified", "MD informed"), g.doc_name()),
        (_lab(g, "Location", "Facility", "Site of care"), (g.facility(), "FACILITY")),
    ]
    head, tail = rows[:2], rows[2:]
    g.r.shuffle(tail)
    for lab, val in head + tail[: g.r.randint(7, len(tail))]:
        d.line(lab + colon + "{v}", v=val)
    hdr = _lab(g, "NARRATIVE", "Comments", "Description of event", "NARRATIVE:", "COMMENTS")
    d.line("{h}", h=(hdr, "section_header") if hdr[:4].isupper() else hdr)
    d.line(g.pick([
        "Swelling noted at {t}; elevation + cold compress. Pt ({age}) d/c'd with instructions, call {ph} if blistering.",
        "Pt c/o burning at {t}. Injection stopped. Plastics not consulted. F/u call to {ph} scheduled {d}.",
    ]), t=(g.time(), "DATE_TIME"), age=g.age(), ph=(g.phone(), "PHONE"), d=(g.date(g.pick(["md", "mdname"])), "DATE_TIME"))
    return d, "CT"


def implant_lot_log(g: G):
    d = Doc()
    d.line(g.pick(["IR IMPLANT / LOT TRACKING LOG", "Implant log - Angio Suite {n}", "implant tracking export"]), n=str(g.r.randint(1, 4)))
    d.line(g.pick(["Room: Angio {n} | Facility: {f}", "{f} -- Angio {n}", "site={f}"]), n=str(g.r.randint(1, 4)), f=(g.facility(), "FACILITY"))
    sep = g.pick([" | ", "\t", ", "])
    d.line(sep.join(g.pick([["Date", "MRN", "Patient", "Device", "Lot/SN", "Operator"],
                             ["date", "mrn", "pt", "item", "serial", "physician"],
                             ["DATE", "MR#", "NAME", "IMPLANT", "SN", "MD"]])))
    for _ in range(g.r.randint(3, 6)):
        d.line(sep.join(["{d}", "{m}", "{p}", "{dev}", "{sn}", "{op}"]), d=(g.date(g.pick(["us", "iso", "dmy"])), "DATE_TIME"),
               m=(g.mrn(), "MRN"), p=g.pname(None, g.pick(["LF", "lf", "hl7", "lfi"])),
               dev=g.pick(["detachable coil 4x10", "IVC filter", "port 8Fr", "stent 8x60", "embolic plug"]),
               sn=(g.serial(), "DEVICE_SERIAL"), op=(g.name(None, g.pick(["l", "f.l", "lfi"])), "PERSON"))
    d.line(g.pick(["Reconciled by {s} on {d}", "recon: {s} {d}"]), s=g.staff("RN"), d=(g.date(), "DATE_TIME"))
    return d, "XR"


def zone4_log(g: G):
    d = Doc()
    d.line(g.pick(["MRI ZONE IV DOOR ACCESS LOG", "Zone 4 badge log - MR{n}", "mr zone iv access export"]), n=str(g.r.randint(1, 3)))
    d.line(g.pick(["reader {ip}  {f}", "Controller IP: {ip} / {f}", "# source={ip} site={f}"]),
           ip=(g.ip(), "IP_ADDRESS"), f=(g.facility(True), "FACILITY"))
    fmt = g.pick(["csv", "fixed", "kv"])
    if fmt == "csv":
        d.line("timestamp,badge,name,role,escort_for")
    for _ in range(g.r.randint(4, 8)):
        who = g.pick(["MRI tech", "housekeeping", "anesthesia", "patient", "security", "family"])
        name = g.pname(None, g.pick(["LF", "lf", "fl", "FL", "l"]))
        badge = str(g.r.randint(10000, 99999)) if who != "patient" else "VISITOR"
        esc = [(g.pick(["pt ", "", "MRN "]), None), (g.mrn(), "MRN")] if who in ("family", "anesthesia", "patient") else "-"
        dfmt = g.pick(["iso", "us"])
        ts = [(g.date(dfmt), "DATE_TIME"), (g.pick([" ", "T"]) if dfmt == "iso" else " ", None), (g.time("sec"), "DATE_TIME")]
        if fmt == "csv":
            d.line("{ts},{b},{n},{w},{e}", ts=ts, b=badge, n=[("\"", None), name, ("\"", None)] if "," in name[0] else name, w=who, e=esc)
        elif fmt == "fixed":
            d.line("{ts}  {b:<6}  {n}  ({w})  {e}".replace("{b:<6}", "{b}"), ts=ts, b=badge.ljust(7), n=name, w=who, e=esc)
        else:
            d.line("ts={ts} badge={b} who={n} role={w} escort={e}", ts=ts, b=badge, n=name, w=who, e=esc)
    d.line(g.pick(["Screening form on file for patient entries. Reviewed by {s}.", "reviewed: {s}", "MR safety officer: {s}"]),
           s=g.staff(g.pick(["RT(R)(MR)", "PhD", "MD"])))
    return d, "MR"


def apron_log(g: G):
    d = Doc()
    y = g.year()
    d.line(g.pick(["LEAD APRON INSPECTION LOG {y}", "Annual Shielding Inspection - {y}", "apron/thyroid shield fluoro check {y}"]), y=y)
    d.line(g.pick(["Inspector: {s}  Date: {d}", "{d} -- inspected by {s}", "Checked {d} by {s}"]), s=g.staff(g.pick(["RT(R)", "PhD"])),
           d=(g.date(), "DATE_TIME"))
    d.line(g.pick(["Location: {f}", "Dept: Radiology, {f}", "{f}"]), f=(g.facility(), "FACILITY"))
    sep = g.pick([" | ", "  ", "; "])
    d.line(sep.join(g.pick([["Tag", "Serial", "Type", "Assigned", "Result"], ["ID", "S/N", "Item", "Owner", "Pass/Fail"]])))
    for i in range(g.r.randint(4, 7)):
        owner = g.pname(None, g.pick(["l", "f.l", "LF", "fl"])) if g.chance(0.7) else "pool"
        res = g.pick(["PASS", "pass", "FAIL - crack 2 cm", "FAIL - defect 14 mm", "Pass", "REPAIR"])
        resv = res
        if "cm" in res or "mm" in res:
            resv = [(res.split(" - ")[0] + " - " + res.split(" - ")[1].split(" ")[0] + " ", None), (res.split(" ", 3)[-1], "measurement")]
        d.line(sep.join(["A-{i}", "{sn}", "{ty}", "{o}", "{r}"]), i=str(100 + i), sn=(g.serial(), "DEVICE_SERIAL"),
               ty=g.pick(["0.5mm Pb wrap", "thyroid collar", "vest/skirt", "0.35 mm apron"]), o=owner, r=resv)
    d.line(g.pick(["Fluoro unit used for check: {sn}", "Imaged on C-arm SN {sn}"]), sn=(g.serial(), "DEVICE_SERIAL"))
    return d, "XR"


def belongings(g: G):
    d = Doc()
    pt = g.person()
    d.line(g.pick(["PATIENT BELONGINGS INVENTORY", "Valuables / Belongings Checklist - MRI", "belongings form (radiology)"]))
    c = g.pick([": ", " ", ":"])
    d.line(_lab(g, "Patient", "Name", "PT") + c + "{n}    " + _lab(g, "MRN", "MR #", "Med rec") + c + "{m}",
           n=g.pname(pt, g.pick(["LF", "lf", "FL", "lfm"])), m=(g.mrn(), "MRN"))
    d.line(_lab(g, "DOB", "Birth date") + c + "{dob}   " + _lab(g, "Age", "AGE") + c + "{a}", dob=(g.dob(), "DATE_TIME"), a=g.age())
    if g.chance(0.6):
        d.line(_lab(g, "Visit #", "Acct", "Encounter") + c + "{v}", v=(g.account(), "ACCOUNT_ID"))
    d.line(_lab(g, "Exam", "Procedure") + c + "{mod} {an}", mod=(g.pick(["MRI", "MR"]), "modality"), an=(g.pick(["left knee", "brain", "lumbar spine", "right shoulder", "pelvis", "cervical spine"]), "anatomy"))
    items = [
        ("[x] Wallet -- ID card, insurance card {pl}", dict(pl=(g.plan(), "HEALTH_PLAN_ID"))),
        ("[x] Social security card ({ssn})", dict(ssn=(g.ssn(), "SSN"))),
        ("[ ] Jewelry", {}), ("[x] Hearing aid (L) serial {sn}", dict(sn=(g.serial(), "DEVICE_SERIAL"))),
        ("[x] Cell phone, number {ph}", dict(ph=(g.phone(), "PHONE"))),
        ("[x] House keys (address tag: {a})", dict(a=g.address())),
        ("[x] Glasses", {}), ("[ ] Dentures",  {}),
    ]
    g.r.shuffle(items)
    for tpl, kw in items[: g.r.randint(4, 7)]:
        d.line(tpl, **kw)
    d.line(g.pick(["Locker #{l} -- key given to {fam} (daughter)", "Items released to spouse {fam} at {t}", "Locker {l}; family {fam}"]),
           l=str(g.r.randint(1, 24)), fam=g.pname(), t=(g.time(), "DATE_TIME"))
    d.line(g.pick(["Tech: {s}   {d}", "Witness {s} / {d}", "{s} {d}"]), s=g.staff(g.pick(["RT(R)(MR)", "RT(R)"])), d=(g.date(), "DATE_TIME"))
    return d, "MR"


STYLES_C = {"extravasation_form": extravasation_form, "implant_lot_log": implant_lot_log, "zone4_access_log": zone4_log,
            "apron_inspection_log": apron_log, "belongings_inventory": belongings}
