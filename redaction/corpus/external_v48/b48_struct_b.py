"""Structured styles 16-20 of blind48: CDM charge extract, charge-lag TSV, wRVU pipe report, audit worksheet grid,
denial work-queue JSON export."""

from __future__ import annotations

import datetime as _dt
import json

from b48_billing import CARC, DENIAL_ACTIONS, EXAMS, ICD, RARC, addon_for, exam_by_key
from b48_clinical import quote
from b48_gen import (ascii_upper, device_serial, digits, email_value, facility, fmt_date, fmt_time, group, name, npi,
                     patient, person)
from b48_markup import acc, acct, cred, dt, fac, mail, mrn, per, plan, serial


def _later(rng, date, lo, hi):
    return date + _dt.timedelta(days=rng.randint(lo, hi))


def _csv(v: str) -> str:
    return f'"{v}"' if "," in v else v


def charge_capture_cdm_extract(rng):
    fc = facility(rng)
    run = _dt.date(2026, rng.randint(1, 3), rng.randint(1, 28))
    sep = rng.choice([",", "|"])
    cols = ["CDM", "REV", "HCPCS", "MOD", "DESCRIPTION", "QTY", "UNIT_PRICE", "EXT_PRICE", "MRN", "ACCT", "ACCESSION",
            "SVC_DATE", "PERF_TECH", "ORD_PROV", "NOTE"]
    out = [f"# CHARGE CAPTURE EXTRACT  source=RIS  facility={fac(fc['name'])}  run={dt(fmt_date(run, 'iso'))} "
           f"{dt(fmt_time(rng, 'hms'))}  batch=CC{digits(rng, 7)}", sep.join(cols)]
    dfmt = rng.choice(["mdY", "iso", "dMonY"])
    n_pt = rng.randint(2, 4)
    with_port = rng.random() < 0.6
    for j in range(n_pt):
        ex = exam_by_key("port") if with_port and j == n_pt - 1 else rng.choice(EXAMS)
        pt = patient(rng, exam=ex)
        pt["dos"] = run - _dt.timedelta(days=rng.randint(1, 6))
        tech, ordp = person(rng), person(rng)
        rows = [(f"1{ex[3]}{digits(rng, 3)}", ex[3], ex[0], rng.choice(["RT", "LT"]) if ex[7] else "", ex[1], 1, ex[5], "")]
        a = addon_for(ex)
        if a:
            note = f"SN {serial(device_serial(rng))} lot {digits(rng, 6)}" if a[0] == "C1788" else ""
            rows.append((f"1{a[2]}{digits(rng, 3)}", a[2], a[0], "", a[1], a[6], a[4], note))
        for cdm, rev, code, md, desc, qty, price, note in rows:
            cells = [cdm, rev, code, md, _csv(desc) if sep == "," else desc, str(qty), f"{price:.2f}", f"{price * qty:.2f}",
                     mrn(pt["mrn"]), acct(pt["acct"]), acc(pt["acc"]), dt(fmt_date(pt["dos"], dfmt)),
                     per(name(tech, "LF_nospace")), per(name(ordp, "LF_nospace")), note]
            if sep == "," and "," in name(tech, "LF_nospace"):
                cells[12] = f'"{cells[12]}"'
            if sep == "," and "," in name(ordp, "LF_nospace"):
                cells[13] = f'"{cells[13]}"'
            out.append(sep.join(cells))
    out.append(f"# rows={len(out) - 2}  rejected=0  interface=RIS>HB charge router")
    return "\n".join(out) + "\n", ex[2]


def charge_lag_report_tsv(rng):
    fc = facility(rng)
    run = _dt.date(2026, rng.randint(1, 3), rng.randint(2, 28))
    rads = [person(rng) for _ in range(3)]
    out = [f"Charge Lag Report\t{fac(fc['short'])} Radiology\tRun {dt(fmt_date(run, 'mdY'))} {dt(fmt_time(rng, 'hm'))}\tThreshold 3 days",
           "\t".join(["ACCESSION", "MRN", "PATIENT", "DOS", "EXAM_END", "SIGNED", "CHARGE_POSTED", "LAG_D", "HOLD_REASON", "RADIOLOGIST"])]
    worst = {}
    for _ in range(rng.randint(4, 7)):
        pt = patient(rng)
        ex = pt["exam"]
        dos = run - _dt.timedelta(days=rng.randint(4, 14))
        rad = rng.choice(rads)
        unsigned = rng.random() < 0.35
        signed = None if unsigned else _later(rng, dos, 0, 5)
        posted = None if unsigned else _later(rng, signed, 0, 4)
        lag = (run - dos).days if unsigned else (posted - dos).days
        reason = "UNSIGNED" if unsigned else rng.choice(["CDM NOT FOUND", "NO ORDER MATCH", "MISSING DX", "AUTH EDIT",
                                                         "CONTRAST QTY", "LATERALITY EDIT"])
        worst[rad["last"]] = worst.get(rad["last"], 0) + unsigned
        cells = [acc(pt["acc"]), mrn(pt["mrn"]), per(name(pt, "LF")), dt(fmt_date(dos, "mdY")),
                 f"{dt(fmt_date(dos, 'mdY'))} {dt(fmt_time(rng, 'hm'))}",
                 "" if unsigned else f"{dt(fmt_date(signed, 'mdY'))} {dt(fmt_time(rng, 'hm'))}",
                 "" if unsigned else dt(fmt_date(posted, "mdY")), str(lag), f"{reason} {ex[0]}", per(name(rad, "LF"))]
        out.append("\t".join(cells))
    who = max(worst, key=lambda k: worst[k])
    out.append("")
    if worst[who]:
        out.append(f"Top unsigned: Dr. {per(who)} ({worst[who]}). Escalated to section chief per policy RC-14.")
    else:
        out.append("No unsigned exams over threshold; all lag is charge-router edits.")
    return "\n".join(out) + "\n", ex[2]


def wrvu_reader_productivity_pipe(rng):
    grp = group(rng)
    start = _dt.date(2026, rng.randint(1, 2), 1)
    end = start + _dt.timedelta(days=27)
    prep = person(rng)
    out = [f"RVU_PRODUCTIVITY|{fac(ascii_upper(grp))}|PERIOD {dt(fmt_date(start, 'mdY'))}-{dt(fmt_date(end, 'mdY'))}|RUN {dt(fmt_date(_later(rng, end, 2, 6), 'mdY'))}",
           "READER|NPI|CPT|MOD|COUNT|WRVU_PER|WRVU_TOTAL"]
    readers = [person(rng) for _ in range(rng.randint(2, 4))]
    grand = 0.0
    for r in readers:
        rn, rnpi = per(ascii_upper(r["last"] + "," + r["first"])), npi(rng)
        sub = 0.0
        for ex in rng.sample(EXAMS, rng.randint(2, 4)):
            n = rng.randint(4, 180)
            tot = n * ex[4]
            sub += tot
            out.append(f"{rn}|{rnpi}|{ex[0]}|26|{n}|{ex[4]:.2f}|{tot:.2f}")
        out.append(f"{rn}|{rnpi}|SUBTOTAL|||{sub:.2f}")
        grand += sub
    out.append(f"GROUP TOTAL||||||{grand:.2f}")
    out.append("")
    out.append("-- outlier cases flagged for peer QA (read time < 60 s or addendum > 2) --")
    out.append("ACCESSION|DOS|CPT|READER|FLAG")
    for _ in range(rng.randint(2, 4)):
        ex = rng.choice(EXAMS)
        pt = patient(rng, exam=ex)
        dos = _later(rng, start, 0, 27)
        r = rng.choice(readers)
        out.append(f"{acc(pt['acc'])}|{dt(fmt_date(dos, 'iso'))}|{ex[0]}|{per(ascii_upper(r['last']))}|"
                   f"{rng.choice(['READ_TIME_38S', 'ADDENDA_3', 'READ_TIME_51S', 'DICTATED_OFFSITE'])}")
    out.append("")
    out.append(f"Prepared by {per(name(prep, 'full'))}, {cred(rng.choice(['RHIA', 'CPC']))} "
               f"<{mail(email_value(rng, prep, 'rcm.' + ascii_upper(grp).split()[0].lower().replace(',', '') + 'rad.com'))}>")
    return "\n".join(out) + "\n", rng.choice(["CT", "MR", "XR"])


def coding_audit_worksheet_grid(rng):
    aud, rad = person(rng), person(rng)
    fc = facility(rng)
    adate = _dt.date(2026, rng.randint(1, 3), rng.randint(1, 28))
    modality = rng.choice(["CT", "MR", "US", "MG", "XR"])
    pool = [e for e in EXAMS if e[2] == modality]
    out = [
        f"## Coding audit worksheet - professional fee - {fac(fc['short'])}",
        f"Auditor: {per(name(aud, 'full'))}, {cred(rng.choice(['CPC', 'CCS', 'COC']))}   Audit date: {dt(fmt_date(adate, 'mdY'))}   "
        f"Radiologist: {per(name(rad, 'lf'))}, {cred('MD')}",
        "Sample: RAT-STATS unrestricted random, n=10 of 412",
        "",
        "| # | Accession | MRN | DOS | Billed CPT / ICD | Audited CPT / ICD | Var | Report language |",
        "|---|---|---|---|---|---|---|---|",
    ]
    n_err = 0
    for j in range(1, rng.randint(5, 9)):
        ex = rng.choice(pool)
        pt = patient(rng, exam=ex)
        f, i = quote(rng, ex[6])
        codes = ICD[ex[6]]
        err = rng.random() < 0.35
        n_err += err
        billed = f"{ex[0]}-26 / {codes[-1][0]}" if err else f"{ex[0]}-26 / {codes[0][0]}"
        audited = f"{ex[0]}-26 / {codes[0][0]}"
        out.append(f"| {j} | {acc(pt['acc'])} | {mrn(pt['mrn'])} | {dt(fmt_date(pt['dos'], rng.choice(['mdy', 'mdY'])))} | "
                   f"{billed} | {audited} | {'DX' if err else '-'} | {i if err else f} |")
    out += ["", f"Variances: {n_err}. Dx variances are education-only; no CPT/RVU change.",
            f"Signed {per(name(aud, 'init'))} {dt(fmt_date(adate, 'mdy'))}"]
    return "\n".join(out) + "\n", modality


def denial_workqueue_export(rng):
    fc = facility(rng)
    pretty = rng.random() < 0.4
    wq = rng.choice(["RAD-DENIALS-COMM", "HB-RAD-AUTH", "PB-RAD-MEDNEC", "RAD-COB-WQ"])
    records = []
    exported = _dt.date(2026, rng.randint(1, 3), rng.randint(1, 28))
    for _ in range(rng.randint(2, 3)):
        pt = patient(rng)
        ex = pt["exam"]
        owner, rep = person(rng), person(rng)
        g, c, txt = rng.choice(CARC)
        denied_on = _later(rng, pt["dos"], 15, 40)
        ts = _later(rng, denied_on, 1, 10)
        note = (f"Called {pt['payer'][0]} provider line, rep {per(rep['first'])}, call ref {acct('C' + digits(rng, 9))}. "
                f"{txt}. " + rng.choice(DENIAL_ACTIONS).capitalize() + ".")
        rec = {
            "wq": wq, "claim_id": acct(pt["acct"]), "patient": per(name(pt, "LF")),
            "dob": dt(fmt_date(pt["dob"], "iso")), "mrn": mrn(pt["mrn"]), "facility": fac(fc["name"]),
            "payer": pt["payer"][0], "payer_id": pt["payer"][1], "member_id": plan(pt["member"]),
            "icn": acct(pt["icn"]), "dos": dt(fmt_date(pt["dos"], "iso")), "cpt": ex[0],
            "mod": ["26"] + (["LT"] if ex[7] else []), "rev": ex[3], "billed": ex[5],
            "carc": f"{g}-{c}", "rarc": rng.choice(RARC), "denied_on": dt(fmt_date(denied_on, "iso")),
            "auth": acct(pt["auth"]) if c == "197" and rng.random() < 0.5 else None,
            "status": rng.choice(["OPEN", "PENDING_PAYER", "APPEALED", "CLOSED_WO"]), "owner": per(name(owner, "full")),
            "notes": [{"ts": f"{dt(fmt_date(ts, 'iso'))}T{dt(fmt_time(rng, 'hms'))}", "by": per(name(owner, "init")),
                       "text": note}],
        }
        records.append(rec)
    if pretty:
        body = json.dumps({"export": wq, "exported_at": dt(fmt_date(exported, "iso")), "rows": records},
                          ensure_ascii=False, indent=2)
    else:
        body = "\n".join(json.dumps(r, ensure_ascii=False) for r in records)
    return body + "\n", "CT"


STYLES = {
    "charge_capture_cdm_extract": charge_capture_cdm_extract,
    "charge_lag_report_tsv": charge_lag_report_tsv,
    "wrvu_reader_productivity_pipe": wrvu_reader_productivity_pipe,
    "coding_audit_worksheet_grid": coding_audit_worksheet_grid,
    "denial_workqueue_export": denial_workqueue_export,
}
