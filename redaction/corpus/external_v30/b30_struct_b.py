"""Structured genres, part B: RVU productivity reports, rad-path concordance tables, pager logs,
probe disinfection logs, lung-screening registry CSV extracts."""

from __future__ import annotations

from b30_doc import Doc
from b30_pools import EPONYMS, G, SCORES


def rvu_report(g: G):
    d = Doc()
    rad = g.person()
    d.line(g.pick(["RVU PRODUCTIVITY REPORT", "wRVU detail - {n}", "Radiologist productivity export"]), n=(g.name(rad, "LF"), "PERSON"))
    d.line(g.pick(["Radiologist: {r}   Period: {d1} - {d2}", "{r} | {d1} to {d2}", "reader={r} from={d1} to={d2}"]),
           r=g.doc_name(rad, g.pick(["fl", "lf", "FL"]), "MD"), d1=(g.date(), "DATE_TIME"), d2=(g.date(), "DATE_TIME"))
    sep = g.pick(["  ", " | ", ","])
    d.line(sep.join(g.pick([["Accession", "Signed", "Mod", "Exam", "wRVU", "Patient"], ["ACC", "FINAL", "MODALITY", "DESC", "RVU", "PT"]])))
    for _ in range(g.r.randint(5, 9)):
        mod = g.pick(["CT", "MR", "US", "XR", "MG", "CTA"])
        pt = g.pname(None, g.pick(["LF", "hl7", "lfi", "lf"]))
        if sep == "," and "," in pt[0]:
            pt = [("\"", None), pt, ("\"", None)]
        d.line(sep.join(["{a}", "{ts}", "{m}", "{e}", "{v}", "{p}"]), a=(g.acc(), "ACCESSION"),
               ts=[(g.date(g.pick(["us", "iso"])), "DATE_TIME"), (" ", None), (g.time(g.pick(["24", "sec"])), "DATE_TIME")],
               m=(mod, "modality"), e=g.pick(["ABD/PEL W", "CHEST 2V", "BRAIN WO", "L-SPINE", "SCREEN BIL", "RUQ"]),
               v=f"{g.r.uniform(0.2, 3.5):.2f}", p=pt)
    d.line(g.pick(["Generated {ts} from {h}", "Source host {h}, run {ts}", "# {h} {ts}"]),
           ts=[(g.date("iso"), "DATE_TIME"), (" ", None), (g.time("24"), "DATE_TIME")],
           h=(g.pick(["http://ris.example.org/reports/rvu", f"https://{g.ip()}/rvu/export", "https://analytics.example.net/rvu?q=1"]), "URL"))
    return d, "CT"


def concordance_table(g: G):
    d = Doc()
    d.line(g.pick(["RAD-PATH CONCORDANCE - BREAST BIOPSIES", "Breast Bx Concordance Log", "rad/path correlation table"]))
    d.line(g.pick(["Conference {d}, {f}", "{f} -- meeting date {d}", "Date: {d}  Site: {f}"]), d=(g.date(), "DATE_TIME"),
           f=(g.facility(), "FACILITY"))
    sep = g.pick([" | ", "\t", " ; "])
    d.line(sep.join(g.pick([["Pt", "MRN", "Age", "Bx date", "BI-RADS", "Size", "Path", "Concordant?"],
                             ["Name", "MR#", "Age", "Date", "Assessment", "Lesion", "Pathology", "Conc"]])))
    for _ in range(g.r.randint(3, 6)):
        d.line(sep.join(["{p}", "{m}", "{a}", "{d}", "{s}", "{sz}", "{path}", "{c}"]), p=g.pname(None, g.pick(["LF", "lfi", "lf", "fl"])),
               m=(g.mrn(), "MRN"), a=g.age(), d=(g.date(g.pick(["us", "us2", "md"])), "DATE_TIME"),
               s=(g.pick(["BI-RADS 4A", "BI-RADS 4B", "BI-RADS 4C", "BI-RADS 5", "4B", "BI-RADS 4"]), "score"),
               sz=(f"{g.r.randint(4, 30)} mm", "measurement"),
               path=g.pick(["fibroadenoma", "IDC gr 2", "PASH", "ADH -> excision", "DCIS", "fibrocystic"]),
               c=g.pick(["Y", "yes", "N - repeat", "discordant", "Y"]))
    d.line(g.pick(["Present: {a}, {b}, {c}", "Attendees -- {a}; {b}; {c}"]), a=g.doc_name(None, None, "MD"),
           b=g.pname(None, g.pick(["fl", "l"])), c=g.staff(g.pick(["NP", "RN"])))
    return d, "MG"


def pager_log(g: G):
    d = Doc()
    d.line(g.pick(["PAGING SYSTEM LOG EXPORT", "Pager log - radiology reading room", "secure msg / pager export"]))
    d.line(g.pick(["gateway {ip}", "Server: {ip}", "src {ip}"]), ip=(g.ip(), "IP_ADDRESS"))
    n = g.r.randint(4, 7)
    for _ in range(n):
        ts = [(g.date(g.pick(["us", "iso", "md", "dmyU"])), "DATE_TIME"), (" ", None), (g.time(g.pick(["24", "sec", "ampm"])), "DATE_TIME")]
        frm, to = g.pname(None, g.pick(["lf", "f.l", "l", "FL", "fl_low"])), g.pname(None, g.pick(["lf", "f.l", "l", "fl"]))
        msg = g.pick([
            ("pls call {ph} re {mod} on {p} rm {rm}", dict(ph=(g.phone(), "PHONE"), mod=(g.pick(["CT", "MRI", "US"]), "modality"), p=g.pname(None, g.pick(["l", "LF", "fl"])), rm=str(g.r.randint(1, 40)))),
            ("STAT read acc {a} - {an} bleed?", dict(a=(g.acc(), "ACCESSION"), an=(g.pick(["left adrenal", "pancreatic head", "right iliac fossa"]), "anatomy"))),
            ("pt {p} ({age}) cannot lie flat, can we do {seq} only", dict(p=g.pname(None, g.pick(["l", "fl"])), age=g.age(), seq=(g.pick(["DWI", "STIR", "T2 FLAIR"]), "sequence"))),
            ("MRN {m} outside imgs on CD from {f}", dict(m=(g.mrn(), "MRN"), f=(g.facility(), "FACILITY"))),
            ("callback {ph} x{e}", dict(ph=(g.phone(), "PHONE"), e=str(g.r.randint(100, 9999)))),
            ("new {sc} on screening, pt {p}, tell {doc}", dict(sc=(g.pick(SCORES), "score"), p=g.pname(None, "LF"), doc=g.doc_name())),
        ])
        style = g.pick(["a", "b", "c"])
        tpl = {"a": "[{ts}] {frm} -> {to}: ", "b": "{ts} FROM {frm} TO {to} MSG ", "c": "{ts} | {to} | "}[style]
        d.add(tpl + msg[0] + "\n", ts=ts, frm=frm, to=to, **msg[1])
    d.line(g.pick(["{k} messages", "end of export ({k})", "total={k}"]), k=str(n))
    return d, "CT"


def probe_log(g: G):
    d = Doc()
    d.line(g.pick(["US PROBE HIGH-LEVEL DISINFECTION LOG", "Transducer HLD log (endocavitary)", "probe disinfection record"]))
    d.line(g.pick(["Unit: {f}   Disinfector SN {sn}", "{f} | HLD unit {sn}", "site {f}; trophon s/n {sn}"]),
           f=(g.facility(g.chance(0.5)), "FACILITY"), sn=(g.serial(), "DEVICE_SERIAL"))
    sep = g.pick([" | ", "  ", ","])
    d.line(sep.join(g.pick([["Date", "Time", "Probe SN", "Patient MRN", "Exam", "Operator", "Cycle"],
                             ["date", "time", "transducer", "mrn", "study", "by", "result"]])))
    for _ in range(g.r.randint(4, 8)):
        d.line(sep.join(["{d}", "{t}", "{sn}", "{m}", "{e}", "{op}", "{c}"]), d=(g.date(g.pick(["us", "iso", "us2"])), "DATE_TIME"),
               t=(g.time(g.pick(["24", "ampm_low"])), "DATE_TIME"), sn=(g.serial(), "DEVICE_SERIAL"), m=(g.mrn(), "MRN"),
               e=g.pick(["TV pelvis", "TRUS bx", "TEE", "TV OB", "transrectal"]),
               op=(g.name(None, g.pick(["initials", "f.l", "l"])), "PERSON"), c=g.pick(["PASS", "pass", "FAIL-rerun", "ok"]))
    d.line(g.pick(["Reviewed {d} by {s}", "QA: {s} {d}"]), d=(g.date(), "DATE_TIME"), s=g.staff("RDMS"))
    return d, "US"


def lung_registry(g: G):
    d = Doc()
    hdr = g.pick(["pt_name,mrn,dob,age,exam_date,acc,lung_rads,largest_nodule,pack_years,zip,member_id,ordering",
                  "NAME|MRN|DOB|AGE|EXAM_DT|ACCESSION|LUNGRADS|NODULE|PKYR|ZIP|PLAN_ID|REFERRER"])
    sep = "," if "," in hdr else "|"
    d.line(g.pick(["# LCS registry submission extract {d}", "-- lung screening registry export, run {d}", "LCSR batch {d}"]),
           d=(g.date("iso"), "DATE_TIME"))
    d.line(hdr)
    for _ in range(g.r.randint(3, 5)):
        name = g.pname(None, g.pick(["LF", "lf", "hl7", "FL"]))
        if sep == "," and "," in name[0]:
            name = [("\"", None), name, ("\"", None)]
        old = g.chance(0.2)
        age = (str(g.r.randint(90, 95)), "AGE_OVER_89") if old else (str(g.r.randint(50, 80)), "age_under_90")
        d.line(sep.join(["{n}", "{m}", "{dob}", "{a}", "{ed}", "{acc}", "{lr}", "{nod}", "{pk}", "{z}", "{pl}", "{ref}"]), n=name,
               m=(g.mrn(), "MRN"), dob=(g.dob(old), "DATE_TIME"), a=age, ed=(g.date(g.pick(["iso", "us", "compact"])), "DATE_TIME"),
               acc=(g.acc(), "ACCESSION"), lr=(g.pick(["2", "3", "4A", "4B", "Lung-RADS 2", "Lung-RADS 4X", "1"]), "score"),
               nod=(f"{g.r.randint(2, 25)} mm", "measurement") if g.chance(0.8) else "", pk=str(g.r.randint(20, 80)),
               z=(g.zip(), "ZIP"), pl=(g.plan(), "HEALTH_PLAN_ID"), ref=(g.name(None, g.pick(["l", "lfi", "f.l"])).replace(",", ""), "PERSON"))
    d.line(g.pick(["# upload: {u}", "-- posted to {u}", "target={u}"]),
           u=(g.pick(["https://lcsr.example.org/submit", f"sftp://{g.ip()}/lcsr/in", "https://registry.example.net/api/v2/batch"]), "URL"))
    if g.chance(0.5):
        d.line("# contact {e} / {p}", e=(g.email(), "EMAIL"), p=(g.phone(), "PHONE"))
    return d, "CT"


STYLES_D = {"rvu_report": rvu_report, "concordance_table": concordance_table, "pager_log": pager_log,
            "probe_disinfection_log": probe_log, "lung_registry_csv": lung_registry}
