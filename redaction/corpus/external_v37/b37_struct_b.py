"""Structured styles 6-10: SFTP import log, pgaudit / pg_stat_activity, DataFrame printout, incident timeline, access ticket."""

from __future__ import annotations

from b37_core import DT, MONTHS, P, digits, fmt_date, hexs, iso_pieces, later, pick, rand_dt, table
from b37_pools import (CREDS, FACILITIES, NETBIOS, Cast, accession, emp_id, exam, mrn, phone, phone_dash, plan_id,
                       priv_ip, serial, ssn)


def _ts(dt):
    return [DT(f"{MONTHS[dt.month - 1]} {dt.day}"), " ", DT(dt.strftime("%H:%M:%S"))]


def sftp_outside_import_xfer(rng, d):
    cast = Cast(rng)
    partner = pick(rng, ["ext_cedarhollow", "ext_kestrelpt", "xfer_brightwater", "ext_larkhaven", "ext_ocotillo"])
    person = cast.person()
    plog = "ext_" + person.login(rng, pick(rng, ["jsmith", "smithj", "j_smith"]))
    dt = rand_dt(rng)
    hn = pick(rng, ["sftp-edge01", "sftp-edge02", "mft-gw01"])
    for acct, is_person in ((partner, False), (plog, True)):
        pid = str(rng.randint(2000, 60000))
        ip = priv_ip(rng)
        dt = later(rng, dt, 30, 4000)
        d.add(*_ts(dt), " ", hn, " sshd[", pid, "]: Accepted ", pick(rng, ["password", "publickey"]), " for ",
              P(acct) if is_person else acct, " from ", (ip, "IP_ADDRESS"), " port ", str(rng.randint(40000, 65000)), " ssh2\n")
        d.add(*_ts(dt), " ", hn, " internal-sftp[", str(int(pid) + 2), "]: session opened for local user ",
              P(acct) if is_person else acct, " from [", (ip, "IP_ADDRESS"), "]\n")
        for _ in range(rng.randint(1, 3)):
            pt = cast.person()
            dt = later(rng, dt, 2, 200)
            m = mrn(rng) if rng.random() < 0.6 else None
            sd = rand_dt(rng)
            fname = [P(pt.surname.upper().replace(" ", "")), "_", P(pt.given.upper()), "_"]
            fname += [(m, "MRN"), "_"] if m else []
            fname += [DT(sd.strftime("%Y%m%d")), pick(rng, [".zip", ".7z", "_DICOMDIR.zip"])]
            d.add(*_ts(dt), " ", hn, " internal-sftp[", str(int(pid) + 2), ']: open "/inbound/outside_images/', *fname,
                  '" flags WRITE,CREATE,TRUNCATE mode 0640\n')
            dt = later(rng, dt, 20, 600)
            d.add(*_ts(dt), " ", hn, " internal-sftp[", str(int(pid) + 2), ']: close "/inbound/outside_images/', *fname,
                  '" bytes read 0 written ', str(rng.randint(10_000_000, 900_000_000)), "\n")
            fac = pick(rng, FACILITIES)
            d.add(*_ts(later(rng, dt, 1, 30)), " ", hn, " img-import[", digits(rng, 4), "]: ingest ok patient=",
                  P(f"{pt.surname.upper()}^{pt.given.upper()}^{pt.mi}"), " src_acc=", (accession(rng), "ACCESSION"),
                  " inst=\"", (fac, "FACILITY"), "\" mod=", *exam(rng)[:1], " dev_sn=", (serial(rng), "DEVICE_SERIAL"),
                  " reconciled_mrn=", (m or mrn(rng), "MRN"), " series=", str(rng.randint(2, 14)), "\n")
        dt = later(rng, dt, 5, 60)
        d.add(*_ts(dt), " ", hn, " internal-sftp[", str(int(pid) + 2), "]: session closed for local user ",
              P(acct) if is_person else acct, " from [", (ip, "IP_ADDRESS"), "]\n")
    return pick(rng, ["CT", "MR"])


def pgaudit_ris_db_dump(rng, d):
    cast = Cast(rng)
    users = [cast.person() for _ in range(2)]
    logins = [u.login(rng, pick(rng, ["jsmith", "smithj", "jane_s", "j_smith"])) for u in users]
    pt = cast.person()
    m, sn, pl = mrn(rng), ssn(rng), plan_id(rng)
    dob = f"{rng.randint(1930, 1995)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    dt = rand_dt(rng)
    if rng.random() < 0.5:
        d.add("-- pgaudit excerpt, postgresql-", (str(dt.year), "year"), "-", f"{dt.month:02d}", ".log (risprod)\n")
        stmts = [
            ["SELECT mrn, last_name, first_name, dob FROM patient WHERE last_name ILIKE '", P(pt.surname.lower()),
             "%' AND dob = '", DT(dob), "'"],
            ["SELECT * FROM coverage WHERE member_id = '", (pl, "HEALTH_PLAN_ID"), "'"],
            ["UPDATE patient SET ssn = '", (sn, "SSN"), "' WHERE mrn = '", (m, "MRN"), "'"],
            ["SELECT accession, status FROM exam WHERE patient_mrn = '", (m, "MRN"), "' ORDER BY exam_dt DESC LIMIT 20"],
            ["SELECT count(*) FROM exam WHERE modality = 'MR' AND status = 'F'"],
            ["COPY (SELECT * FROM v_qa_tat) TO STDOUT WITH CSV HEADER"],
        ]
        for i in range(rng.randint(5, 8)):
            dt = later(rng, dt, 1, 400)
            lg = pick(rng, logins + ["ris_app"])
            st = pick(rng, stmts)
            cls = "WRITE" if "UPDATE" in st[0] else "READ"
            d.add(iso_pieces(dt, "." + digits(rng, 3), " EST", " "), " [", str(rng.randint(1000, 40000)), "] ",
                  P(lg) if lg != "ris_app" else lg, "@risprod ", pick(rng, ["DBeaver 23.3.0", "psql", "[unknown]"]), " ",
                  (priv_ip(rng), "IP_ADDRESS"), " LOG:  AUDIT: SESSION,", str(i + 1), ",1,", cls, ",",
                  st[0].split()[0], ",,,\"", *st, "\",<not logged>\n")
    else:
        d.add("risprod=# SELECT pid, usename, application_name, client_addr, backend_start, state, left(query, 90) AS query\n",
              "risprod-#   FROM pg_stat_activity WHERE datname = 'risprod' AND state <> 'idle';\n")
        rows = []
        for _ in range(rng.randint(3, 6)):
            dt = later(rng, dt, 1, 900)
            lg = pick(rng, logins + ["ris_app", "postgres", "risreport_ro"])
            q = pick(rng, [["SELECT * FROM patient WHERE mrn = '", (m, "MRN"), "'"],
                           ["SELECT ssn, dob FROM patient WHERE last_name = '", P(pt.surname.upper()), "'"],
                           ["UPDATE exam SET status='C' WHERE accession='", (accession(rng), "ACCESSION"), "'"],
                           ["autovacuum: VACUUM public.audit_event"], ["<insufficient privilege>"],
                           ["SELECT * FROM coverage WHERE member_id = '", (pl, "HEALTH_PLAN_ID"), "'"]])
            rows.append([str(rng.randint(1000, 40000)), P(lg) if lg in logins else lg,
                         pick(rng, ["DBeaver 23.3.0", "psql", "ris-api", ""]), (priv_ip(rng), "IP_ADDRESS"),
                         iso_pieces(dt, "." + digits(rng, 6), "-05", " "), pick(rng, ["active", "idle in transaction"]), q])
        table(d, ["pid", "usename", "application_name", "client_addr", "backend_start", "state", "query"], rows, lead=" ")
        d.add("(", str(len(rows)), " rows)\n")
    return "CT"


def jupyter_qa_dataframe(rng, d):
    cast = Cast(rng)
    readers = [cast.person() for _ in range(3)]
    rl = [r.login(rng, pick(rng, ["jsmith", "smithj", "jsmith2", "SMITHJ"])).lower() for r in readers]
    n = rng.randint(5, 8)
    cell = str(rng.randint(3, 40))
    d.add("In [", cell, "]: df = pd.read_sql(TAT_SQL, engine, params={'start': '",
          DT(fmt_date(rng, rand_dt(rng), "iso")), "'})\n        df.head(", str(n), ")\nOut[", cell, "]:\n")
    rows = []
    for i in range(n):
        pt = cast.person() if i % 3 else cast.person()
        age = rng.choice([rng.randint(90, 103), rng.randint(18, 89), rng.randint(30, 88)])
        dt = rand_dt(rng)
        pname = P(f"{pt.surname.upper()}, {pt.given.upper()}") if rng.random() < 0.6 else P(f"{pt.given} {pt.surname}")
        rows.append([str(i), (accession(rng), "ACCESSION"), (mrn(rng), "MRN"), pname,
                     (str(age), "AGE_OVER_89" if age > 89 else "age_under_90"), exam(rng),
                     P(pick(rng, rl)), [DT(dt.strftime("%Y-%m-%d")), " ", DT(dt.strftime("%H:%M:%S"))],
                     f"{rng.uniform(4, 600):.1f}"])
    table(d, ["", "accession", "mrn", "patient", "age", "exam_desc", "signed_by", "signed_dttm", "tat_min"], rows,
          sep="  ", rule=None)
    cell = str(rng.randint(41, 60))
    d.add("\nIn [", cell, "]: df[df.age > 89].shape, df.groupby('signed_by').tat_min.median().round(1)\n",
          "Out[", cell, "]:\n((", str(rng.randint(1, 4)), ", 9),\n signed_by\n")
    for lg in sorted(set(rl)):
        d.add(" ", P(lg), " " * (14 - len(lg)) if len(lg) < 14 else " ", f"{rng.uniform(20, 200):.1f}", "\n")
    d.add(" Name: tat_min, dtype: float64)\n")
    if rng.random() < 0.5:
        r = readers[0]
        d.add("\n# NB: ", P(rl[0]), " is Dr. ", P(r.surname), "'s old login; merged with ",
              P(r.login(rng, "jane.smith")), " in AD on ", DT(fmt_date(rng, rand_dt(rng), "md")), "\n")
    return pick(rng, ["CT", "MR", "US", "XR"])


def pd_incident_timeline(rng, d):
    cast = Cast(rng)
    a, b, c = cast.person(), cast.person(), cast.person()
    pt = cast.person()
    dt = rand_dt(rng)
    num = str(rng.randint(1000, 99999))
    svc = pick(rng, ["PACS - Image Routing", "RIS Interface Engine", "Dictation (PowerScribe)", "VNA Archive"])
    csv = rng.random() < 0.5
    d.add(f"Incident #{num}  [", pick(rng, ["P1", "P2", "SEV-2", "High"]), "]  ", svc, " - ",
          pick(rng, ["DICOM router queue depth > 500", "HL7 ORU ACK timeout", "Study not arriving in worklist",
                     "Disk usage 96% on /data/cache"]), "\n")
    d.add("Service: ", svc, "   Escalation policy: Rad-IT Primary -> Secondary -> Manager\n\n")
    ev = [("Triggered", ["Triggered through the API by Datadog monitor ", digits(rng, 8)]),
          ("Notified", ["Notified ", P(a.full), " (", (a.email(rng), "EMAIL"), ") via SMS at ", (phone_dash(rng), "PHONE")]),
          ("Notified", ["Notified ", P(a.full), " via phone call"]),
          ("Acknowledged", ["Acknowledged by ", P(a.full)]),
          ("Note", ["Note by ", P(a.given), ": ", pick(rng, ["restarting dcm-router02 svc, ",
                    "queue is stuck on one study, ", "mirth channel ORU_OUT errored, "]),
                    "blocking item is ACC ", (accession(rng), "ACCESSION"), " / MRN ", (mrn(rng), "MRN"), " (",
                    P(pt.surname.upper()), ", ", *exam(rng), ")"]),
          ("Escalated", ["Escalated to ", P(f"{b.surname}, {b.given}"), " (Level 2) - no ack in 15 min"]),
          ("Note", ["Note by ", P(b.login(rng, pick(rng, ["jsmith", "smithj"]))), ": ED charge RN called ",
                    (phone(rng), "PHONE"), ", 3 studies missing, pt ", P(pt.given[0] + ". " + pt.surname), " most urgent"]),
          ("Conference", ["Bridge opened by ", P(c.full), ", conf bridge ", digits(rng, 9)]),
          ("Resolved", ["Resolved by ", P(b.full), ": queue drained, ", str(rng.randint(40, 400)), " studies forwarded"])]
    for kind, pieces in ev:
        if kind in ("Conference",) and rng.random() < 0.5:
            continue
        dt = later(rng, dt, 20, 700)
        if csv:
            d.add(iso_pieces(dt, "", "-05:00"), ",", kind.lower(), ",\"", *pieces, "\"\n")
        else:
            d.add(DT(dt.strftime("%H:%M:%S")), "  ", kind.upper().ljust(13), *pieces, "\n")
    d.add("\nPostmortem owner: ", P(c.full), "  due ", DT(fmt_date(rng, later(rng, dt, 86400, 600000), "mon_day")), "\n")
    return pick(rng, ["CT", "MR"])


def snow_access_request_ticket(rng, d):
    cast = Cast(rng)
    req, mgr, appr, tech = cast.person(), cast.person(), cast.person(), cast.person()
    dt = rand_dt(rng)
    cred = pick(rng, CREDS)
    lg = req.login(rng)
    d.add("Number:              RITM00", digits(rng, 5), "\nRequest:             REQ00", digits(rng, 5),
          "\nRequested for:       ", P(req.full), ", ", (cred, "credential"), " (", P(lg), ")\nEmployee ID:         ",
          (emp_id(rng), "ACCOUNT_ID"), "\nRequested by:        ", P(f"{mgr.surname}, {mgr.given}"),
          "\nLocation:            ", (pick(rng, FACILITIES), "FACILITY"), "\nOpened:              ",
          DT(dt.strftime("%Y-%m-%d")), " ", DT(dt.strftime("%H:%M:%S")), "\nCatalog item:        ",
          pick(rng, ["PACS / Visage access", "RIS role change", "Remote reading VPN + PS360", "Mammo workstation login"]),
          "\nContact phone:       ", (phone(rng), "PHONE"), "\nState:               ",
          pick(rng, ["Closed Complete", "Work in Progress", "Pending Approval"]), "\n\nJustification:\n  ")
    d.add(pick(rng, ["Starting ", "New hire, first shift ", "Locum coverage from "]), DT(fmt_date(rng, later(rng, dt, 86400, 900000), "md")),
          ". Will read ", *exam(rng), " and ", pick(rng, ["MR", "CT"]), " neuro incl. ", (pick(rng, ["DWI", "SWI", "T2 FLAIR"]), "sequence"),
          " review. Needs same roles as ", P(tech.login(rng, "jsmith")), pick(rng, [".", " (mirror account).", "; copy his groups."]), "\n\n")
    d.add("Approvals:\n")
    rows = []
    for who in (mgr, appr):
        dt = later(rng, dt, 300, 90000)
        rows.append([P(who.full), pick(rng, ["Approved", "Approved", "Requested"]), [DT(dt.strftime("%Y-%m-%d")), " ",
                    DT(dt.strftime("%H:%M"))]])
    table(d, ["Approver", "State", "Date"], rows, sep=" | ", lead="  ")
    d.add("\nWork notes:\n")
    dt = later(rng, dt, 600, 20000)
    d.add(DT(dt.strftime("%Y-%m-%d")), " ", DT(dt.strftime("%H:%M:%S")), " - ", P(tech.full), " (Work notes)\n",
          "AD account ", pick(rng, NETBIOS), "\\", P(lg), " created, added to GG-PACS-RAD-READ and GG-VPN-RAD. ",
          "UPN ", (req.email(rng, "example.org"), "EMAIL"), ". Temp pw given by phone to ", P(req.given), ".\n")
    if rng.random() < 0.6:
        dt = later(rng, dt, 600, 20000)
        d.add(DT(dt.strftime("%Y-%m-%d")), " ", DT(dt.strftime("%H:%M:%S")), " - ", P(tech.full), " (Work notes)\n",
              "Visage user ", P(lg.upper()), " provisioned; YubiKey serial ", (digits(rng, 8), "DEVICE_SERIAL"),
              " mailed. Hostname ", pick(rng, ["RAD-HOME-", "RR-"]), digits(rng, 3), " assigned.\n")
    return pick(rng, ["MR", "CT", "MG"])
