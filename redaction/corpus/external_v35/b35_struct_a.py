"""blind35 structured styles, part A: engine logs, DICOM query logs, directory exports, event bus."""

from __future__ import annotations

from datetime import timedelta

from b35_core import (DT, EXAMS, K, M, P, Person, agem, fdate, finding, logts, modword)


def java_stacktrace_log(c):
    r, pt = c.rng, c.pt
    thread = r.choice(["pool-3-thread-7", "qtp118-44", "hl7-listener-2", "main", "ForkJoinPool-1-worker-5"])
    svc = r.choice(["c.e.iface.OrmRouter", "com.example.bridge.PidMapper", "o.e.ris.ResultSender", "c.e.pacs.WorklistSync"])
    L = []
    t = c.later(0, 5)
    if r.random() < 0.6:
        L.append(f"{logts(c, t)} WARN  [{thread}] {svc} - retry 2/3 for msg ctl={r.randint(10**6, 10**7)} acc={M('ACCESSION', c.acc)}")
    L.append(f"{logts(c, t + timedelta(seconds=3))} ERROR [{thread}] {svc} - Failed to route ORM^O01 for MRN={M('MRN', c.mrn)} "
             f"pt=\"{P(pt.hl7())}\" dob={DT(c.dob.strftime('%Y%m%d'))}")
    if r.random() < 0.5:
        L.append(f"ca.uhn.hl7v2.model.DataTypeException: Failed validation rule for PID-5 value '{P(pt.hl7())}': length exceeds 48")
        L.append("\tat ca.uhn.hl7v2.model.primitive.ST.setValue(ST.java:71)")
    else:
        L.append(f"java.lang.IllegalStateException: No visit for account {M('ACCOUNT_ID', c.acct)} (patient {P(pt.lf())}, "
                 f"facility '{M('FACILITY', c.fac)}')")
    L += [f"\tat {svc.replace('c.e.', 'com.example.').replace('o.e.', 'org.example.')}.handle({r.choice(['Router', 'Mapper', 'Sender'])}.java:{r.randint(40, 400)})",
          "\tat com.example.iface.core.Pipeline.dispatch(Pipeline.java:212)",
          "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)"]
    if r.random() < 0.6:
        L.append(f"Caused by: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '{M('MRN', c.mrn)}-{DT(c.when.strftime('%Y-%m-%d'))}' for key 'uq_visit'")
        L.append("\t... 14 more")
    if r.random() < 0.5:
        L.append(f"{logts(c, t + timedelta(seconds=9))} INFO  [{thread}] c.e.iface.Alerting - paged on-call {P(c.eng.login(r))} at {M('PHONE', c.mkphone())}")
    py = [f"Traceback (most recent call last):",
          f'  File "/opt/bridge/route.py", line {r.randint(50, 400)}, in handle',
          f"    key = index[(row['family'], row['dob'])]",
          f"KeyError: ('{P(pt.family)}', '{DT(c.dob.strftime('%Y-%m-%d'))}')",
          f"row={{'mrn': '{M('MRN', c.mrn)}', 'family': '{P(pt.family)}', 'given': '{P(pt.given)}', 'exam': '{c.exam}', 'ordering': '{P(c.ref.caps())}'}}"]
    if r.random() < 0.45:
        head = f"[{DT(fdate(r, c.when.date(), '%Y-%m-%d'))} {DT(c.when.strftime('%H:%M:%S'))}] worker@{M('IP_ADDRESS', c.ip)} ERROR unhandled exception in route_result"
        return "\n".join([head] + py + L[:2])
    return "\n".join(L)


def mirth_channel_log(c):
    r, pt = c.rng, c.pt
    chan = r.choice(["RIS_ORM_IN", "PACS_ORU_OUT", "ADT_A08_FANOUT", "CRIT_RESULT_PAGER", "OUTSIDE_IMG_IMPORT"])
    rows = []
    t = c.later(0, 20)
    n = r.randint(4, 7)
    for i in range(n):
        t = t + timedelta(seconds=r.randint(1, 90))
        lvl = r.choice(["INFO ", "INFO ", "WARN ", "ERROR"])
        msgs = [
            f"message {r.randint(10000, 99999)} received from {M('IP_ADDRESS', c.ip)}:6661 (PID-3 {M('MRN', c.mrn)})",
            f"transformer: mapped PID-5 '{P(pt.hl7())}' -> patientName '{P(pt.lf())}'",
            f"filter rejected: OBR-3 {M('ACCESSION', c.acc)} already final (signed by {P(c.rad.hl7())})",
            f"destination PACS_OUT responded AE=NACK 'Unknown patient {P(pt.caps())} DOB {DT(fdate(r, c.dob, '%m/%d/%Y'))}'",
            f"attachment written to /mirth/errors/{P(pt.fname())}_{M('MRN', c.mrn)}.hl7",
            f"PV1-19 visit {M('ACCOUNT_ID', c.acct)} at {M('FACILITY', c.fac)} queued for retry",
            f"IN1-36 policy {M('HEALTH_PLAN_ID', c.plan)} missing group number",
            f"PID-11 '{M('STREET_ADDRESS', c.street)}^^{M('CITY', c.city)}^{c.state}^{M('ZIP', c.zip)}' failed address standardization",
        ]
        if r.random() < 0.5:
            rows.append(f"{lvl} {logts(c, t, ms='.')} [Channel: {chan} > Destination {r.randint(1, 3)}] {r.choice(msgs)}")
        else:
            rows.append(f"{DT(t.strftime('%Y-%m-%d'))} {DT(t.strftime('%H:%M:%S'))} {lvl.strip():5} {chan:<22} {r.choice(msgs)}")
    if r.random() < 0.5:
        rows.append("")
        rows.append(f"-- Rhapsody message tracking export ({P(c.eng.login(r))}) --")
        rows.append(f"Route: {chan} | Input: TCP {M('IP_ADDRESS', c.ip2)} | Properties: PatientName={P(pt.hl7())}; PatientID={M('MRN', c.mrn)}; "
                    f"StudyDesc={c.exam}; Ordering={P(c.ref.hl7())}")
    return "\n".join(rows)


def dicom_cfind_log(c):
    r, pt = c.rng, c.pt
    aet = r.choice(["RADGW", "QR_ARCHIVE", "WS14_VIEW", "AI_NODE"])
    pn = pt.hl7()
    pat = P(pn[: len(pt.family) + 2]) + "*" if r.random() < 0.5 else P(pn)
    L = [f"I: Requesting Association", f"I: Association Accepted (Max Send PDV: 16372) peer {M('IP_ADDRESS', c.ip)}:104 AE {aet}",
         "I: Sending Find Request (MsgID 1)", "I: Request Identifiers:",
         "I: (0008,0052) CS [STUDY]                                  #   6, 1 QueryRetrieveLevel",
         f"I: (0010,0010) PN [{pat}]  # PatientName",
         f"I: (0010,0030) DA [{DT(c.dob.strftime('%Y%m%d'))}]        # PatientBirthDate",
         "I: (0008,0050) SH (no value available)                    #   0, 0 AccessionNumber"]
    for k in range(r.randint(1, 3)):
        d = c.when - timedelta(days=r.randint(0, 900) * (k > 0))
        L += [f"I: Find Response: {k + 1} (Pending)",
              f"I: (0008,0020) DA [{DT(d.strftime('%Y%m%d'))}]   # StudyDate",
              f"I: (0008,0050) SH [{M('ACCESSION', c.acc if k == 0 else c.acc2 if k == 1 else 'RA25' + str(r.randint(10**5, 10**6 - 1)))}]  # AccessionNumber",
              f"I: (0008,0080) LO [{M('FACILITY', c.fac if k == 0 else c.fac2)}]  # InstitutionName",
              f"I: (0008,0090) PN [{P(c.ref.hl7())}]  # ReferringPhysicianName",
              f"I: (0010,0020) LO [{M('MRN', c.mrn)}]  # PatientID",
              f"I: (0008,1010) SH [{M('DEVICE_SERIAL', c.serial)}]  # StationName"]
    L.append("I: Received Final Find Response (Success)")
    if r.random() < 0.6:
        L.append(f"I: C-MOVE-RQ StudyInstanceUID=1.2.826.0.1.3680043.9.{r.randint(1000, 9999)}.{r.randint(10**6, 10**7)} -> dest {aet} ({M('IP_ADDRESS', c.ip2)})")
        L.append(f"W: Move Response: Warning, 2 sub-ops failed ({r.choice(['DWI', 'ADC', 'scout'])} series)" if r.random() < 0.3 else "I: Move Response: Success, completed 312")
    if r.random() < 0.5:
        L.insert(0, f"$ findscu -v -S -aet {aet} -aec ARCHIVE {M('IP_ADDRESS', c.ip)} 104 -k 0008,0052=STUDY -k \"PatientName={pat}\"")
        L.insert(0, f"# run by {P(c.eng.login(r))} {DT(c.when.strftime('%Y-%m-%d'))} ticket: {P(pt.lf())} outside priors")
    return "\n".join(L)


def ldif_staff_export(c):
    r = c.rng
    ents = []
    staff = [(c.rad, "Radiologist"), (c.tech, "MRI Technologist"), (c.eng, "Integration Analyst"), (c.ref, "Ordering Physician (affiliate)")]
    r.shuffle(staff)
    csv = r.random() < 0.35
    if csv:
        ents.append("\"Name\",\"SamAccountName\",\"mail\",\"telephoneNumber\",\"Title\",\"Office\",\"Description\"")
    for p, title in staff[: r.randint(2, 4)]:
        login = p.login(r)
        cred = r.choice(["MD", "DO"]) if "Radiol" in title or "Physician" in title else r.choice(["RT(R)(MR)", "RT(R)", "PhD"]) if "Tech" in title else ""
        disp = P(p.full()) + (f", {K('credential', cred)}" if cred else "")
        desc = r.choice(["", "", f"covering {modword(r, c.mod)} reads; pager {M('PHONE', c.mkphone())}",
                         f"temp acct - shadowing for pt {P(c.pt.lf())} MRN {M('MRN', c.mrn)} (REMOVE)",
                         f"acct unlocked {DT(fdate(r, c.when.date()))} per {P(c.eng2.init())}"])
        if csv:
            ents.append(f"\"{disp}\",\"{P(login)}\",\"{M('EMAIL', p.email(r, c.dom))}\",\"{M('PHONE', c.mkphone())}\",\"{title}\",\"{M('FACILITY', c.fac)}\",\"{desc}\"")
            continue
        e = [f"dn: CN={P(p.family)}\\, {P(p.given)},OU=Radiology,OU=Staff,DC=radnet,DC=example,DC=org",
             f"cn: {P(p.lf())}", f"sAMAccountName: {P(login)}", f"givenName: {P(p.given)}", f"sn: {P(p.family)}",
             f"displayName: {disp}", f"mail: {M('EMAIL', p.email(r, c.dom))}", f"telephoneNumber: {M('PHONE', c.mkphone())}",
             f"title: {title}", f"physicalDeliveryOfficeName: {M('FACILITY', c.fac)}"]
        if r.random() < 0.4:
            e.append(f"streetAddress: {M('STREET_ADDRESS', c.street)}")
            e.append(f"l: {M('CITY', c.city)}")
            e.append(f"postalCode: {M('ZIP', c.zip)}")
        if desc:
            e.append(f"description: {desc}")
        if r.random() < 0.4:
            e.append(f"lastLogonTimestamp: {DT(c.when.strftime('%Y-%m-%d'))} {DT(c.when.strftime('%H:%M'))}")
        r.shuffle(e[2:])
        ents.append("\n".join(e) + "\n")
    head = f"# ldapsearch -LLL -H ldaps://dc01 -b OU=Radiology ... exported by {P(c.eng.login(r))}\n" if not csv and r.random() < 0.6 else ""
    return head + "\n".join(ents)


def kafka_event_dump(c):
    r, pt = c.rng, c.pt
    topic = r.choice(["ris.orders.v2", "pacs.study.events", "adt.patient.updates", "results.critical"])
    out = [f"$ kafka-console-consumer --bootstrap-server {M('IP_ADDRESS', c.ip)}:9092 --topic {topic} --property print.key=true --from-beginning"] if r.random() < 0.6 else []
    for i in range(r.randint(1, 3)):
        t = c.later(0, 200)
        ev = r.choice(["ORDER_SCHEDULED", "STUDY_COMPLETED", "PATIENT_UPDATED", "REPORT_FINAL"])
        fields = [f'"eventType":"{ev}"', f'"ts":"{DT(t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % r.randint(0, 999))}"',
                  f'"patient":{{"mrn":"{M("MRN", c.mrn)}","name":{{"family":"{P(pt.family)}","given":["{P(pt.given)}"]}},'
                  f'"birthDate":"{DT(c.dob.isoformat())}"' + (f',"age":{agem(c)}' if r.random() < 0.5 else "") + "}",
                  f'"accession":"{M("ACCESSION", c.acc)}"', f'"procedure":"{c.exam}"']
        if r.random() < 0.5:
            fields.append(f'"orderingProvider":{{"display":"{P(c.ref.full())}","npi":null}}')
        if r.random() < 0.5:
            fields.append(f'"address":{{"line":["{M("STREET_ADDRESS", c.street)}"],"city":"{M("CITY", c.city)}","state":"{c.state}","postalCode":"{M("ZIP", c.zip)}"}}')
        if r.random() < 0.4:
            fields.append(f'"telecom":[{{"system":"phone","value":"{M("PHONE", c.phone)}"}}]')
        if r.random() < 0.4:
            fields.append(f'"coverage":{{"memberId":"{M("HEALTH_PLAN_ID", c.plan)}"}}')
        if ev == "REPORT_FINAL":
            fields.append(f'"impression":"{finding(r)}"')
        if r.random() < 0.3:
            fields.append(f'"facility":"{M("FACILITY", c.fac)}","modality":"{modword(r, c.mod)}"')
        head = f"{M('ACCESSION', c.acc)}\t" if r.random() < 0.6 else f"partition={r.randint(0, 11)} offset={r.randint(10**5, 10**7)} key=null\t"
        out.append(head + "{" + ",".join(fields) + "}")
    if r.random() < 0.4:
        out.append(f"^CProcessed a total of {len(out) - 1} messages")
    return "\n".join(out)
