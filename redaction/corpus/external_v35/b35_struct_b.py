"""blind35 structured styles, part B: API dumps, label code, search results, de-dup lists, LLM proxy logs."""

from __future__ import annotations

import json
from datetime import date, timedelta
from urllib.parse import quote, quote_plus

from b35_core import (DT, K, M, P, Person, agem, fdate, finding, logts, modword, ftime)


def curl_ris_dump(c):
    r, pt = c.rng, c.pt
    host = r.choice(["ris.example.org", "api.radnet.example.org", "sched.example.net"])
    dobs = c.dob.isoformat()
    q = r.choice([f"family={quote(pt.family)}&given={quote(pt.given)}&birthdate={dobs}",
                  f"lastName={quote_plus(pt.family.upper())}&dob={c.dob.strftime('%m%%2F%d%%2F%Y')}",
                  f"mrn={c.mrn}&include=orders"])
    url = f"https://{host}/api/v2/patients/search?{q}"
    L = []
    if r.random() < 0.5:
        L.append(f"$ curl -sv '{M('URL', url)}' -H 'Authorization: Bearer ****' -H 'X-User: {P(c.eng.login(r))}'")
    else:
        L.append(f"POSTMAN  GET {M('URL', url)}   (collection 'RIS smoke - {P(c.eng.given)}')")
    path = "/api/v2/patients/search?" + q
    # annotate the path's values one by one
    if q.startswith("family"):
        mpath = f"/api/v2/patients/search?family={P(quote(pt.family))}&given={P(quote(pt.given))}&birthdate={DT(dobs)}"
    elif q.startswith("lastName"):
        mpath = f"/api/v2/patients/search?lastName={P(quote_plus(pt.family.upper()))}&dob={DT(c.dob.strftime('%m%%2F%d%%2F%Y'))}"
    else:
        mpath = f"/api/v2/patients/search?mrn={M('MRN', c.mrn)}&include=orders"
    assert mpath.replace("«", "").count("/") >= 0 and len(path) > 0
    L += [f"*   Trying {M('IP_ADDRESS', c.ip)}:443...", f"> GET {mpath} HTTP/1.1", f"> Host: {host}",
          "> Accept: application/fhir+json", "<", "< HTTP/1.1 200 OK",
          f"< Date: {c.when.strftime('%a')}, {DT(c.when.strftime('%d %b %Y'))} {DT(c.when.strftime('%H:%M:%S'))} GMT", "<"]
    body = [f'  "id": "{M("MRN", c.mrn)}"', f'  "name": [{{"text": "{P(pt.full())}"}}]', f'  "birthDate": "{DT(dobs)}"']
    if r.random() < 0.6:
        body.append(f'  "telecom": [{{"value": "{M("PHONE", c.phone)}"}}, {{"value": "{M("EMAIL", pt.email(r, "patientmail.example.com"))}"}}]')
    if r.random() < 0.5:
        body.append(f'  "address": [{{"line": ["{M("STREET_ADDRESS", c.street)}"], "city": "{M("CITY", c.city)}", "postalCode": "{M("ZIP", c.zip)}"}}]')
    if r.random() < 0.4:
        body.append(f'  "identifier": [{{"system": "ssn", "value": "{M("SSN", c.ssn)}"}}]')
    if r.random() < 0.5:
        body.append(f'  "generalPractitioner": [{{"display": "{P(c.ref.lf())}, {K("credential", "MD")}"}}]')
    r.shuffle(body)
    L += ["{"] + [b + ("," if i < len(body) - 1 else "") for i, b in enumerate(body)] + ["}"]
    if r.random() < 0.4:
        L.append(f"* Connection #0 to host {host} left intact")
        L.append(f"# next: POST {M('URL', f'https://{host}/api/v2/orders/{c.acc}/notes')} body {{\"text\": \"pt {P(pt.family)} called, {finding(r)}\"}}")
    return "\n".join(L)


def zpl_label_source(c):
    r, pt = c.rng, c.pt
    lines = ["^XA", f"^CF0,{r.choice([25, 28, 30])}"]
    dob = fdate(r, c.dob, r.choice(["%m/%d/%Y", "%d-%b-%Y", "%Y-%m-%d"]))
    y = 30
    items = [f"^FD{P(pt.caps())}^FS", f"^FDMRN: {M('MRN', c.mrn)}  DOB: {DT(dob)}^FS",
             f"^FDACC {M('ACCESSION', c.acc)}  {c.exam}^FS", f"^FDDr {P(c.ref.family.upper())} / {M('FACILITY', c.fac)}^FS"]
    if r.random() < 0.4:
        items.append(f"^FDAge {agem(c)}  Collected {DT(fdate(r, c.when.date(), '%m/%d/%y'))} {DT(ftime(r, c.when, '%H:%M'))}^FS")
    if r.random() < 0.3:
        items.append(f"^FDIns {M('HEALTH_PLAN_ID', c.plan)}  Acct {M('ACCOUNT_ID', c.acct)}^FS")
    for it in items:
        lines.append(f"^FO30,{y}{it}")
        y += 40
    lines.append(f"^FO30,{y}^BY2^BCN,60,Y,N,N^FD{M('ACCESSION', c.acc)}^FS")
    lines.append("^XZ")
    pre = []
    if r.random() < 0.6:
        pre.append(f"; spool job {r.randint(100, 9999)} from {P(c.tech.login(r))} to {M('IP_ADDRESS', c.ip)}:9100 "
                   f"({M('DEVICE_SERIAL', c.serial)}) {DT(c.when.strftime('%Y-%m-%d'))} {DT(c.when.strftime('%H:%M:%S'))}")
    if r.random() < 0.4:
        pre.append(f'; EPL fallback: A50,10,0,3,1,1,N,"{P(pt.caps())}"  A50,50,0,2,1,1,N,"{M("MRN", c.mrn)}"')
    return "\n".join(pre + lines)


def splunk_results(c):
    r, pt = c.rng, c.pt
    term = r.choice([M("MRN", c.mrn), P(pt.family), M("ACCESSION", c.acc)])
    q = f'index=iface sourcetype={r.choice(["mirth:log", "ris:audit", "pacs:dicom"])} "{term}" earliest=-24h | table _time host user src_ip msg'
    L = [f"Search: {q}", f"{r.randint(3, 40)} events ({DT(fdate(r, c.when.date(), '%m/%d/%Y'))} {DT(c.when.strftime('%H:%M:%S'))}.000 to now)  saved by {P(c.eng.login(r))}", ""]
    L.append("_time                     | host        | user        | src_ip          | msg")
    t = c.when
    for i in range(r.randint(3, 6)):
        t = t + timedelta(minutes=r.randint(0, 40), seconds=r.randint(0, 59))
        u = r.choice([c.tech, c.rad, c.eng])
        msg = r.choice([f"viewed study {M('ACCESSION', c.acc)} pt={P(pt.hl7())}",
                        f"PID mismatch {M('MRN', c.mrn)} '{P(pt.caps())}' vs '{P(c.pt2.caps())}'",
                        f"exported {P(pt.fname())}_{DT(c.when.strftime('%Y%m%d'))}.zip to \\\\nas01\\outgoing",
                        f"report signed: {finding(r)} ({P(c.rad.init())})",
                        f"phone update {M('PHONE', c.phone)} for {M('MRN', c.mrn)}",
                        f"GET {M('URL', f'https://portal.example.org/results?patient={quote_plus(pt.lf())}&mrn={c.mrn}')}"])
        L.append(f"{DT(t.strftime('%Y-%m-%d'))} {DT(t.strftime('%H:%M:%S'))}.{r.randint(0, 999):03d} | {r.choice(['iface01', 'pacsweb2', 'ris-app3'])} | "
                 f"{P(u.login(r))} | {M('IP_ADDRESS', r.choice([c.ip, c.ip2]))} | {msg}")
    if r.random() < 0.4:
        L += ["", f"Alert 'PHI in URL' triggered; assignee {P(c.eng2.full())}"]
    return "\n".join(L)


def _variant(r, p: Person):
    q = Person(r)
    q.family, q.given, q.mid = p.family, p.given, p.mid
    k = r.randrange(4)
    if k == 0 and len(p.given) > 3:
        q.given = p.given[:-1] + ("e" if not p.given.endswith("e") else "")
    elif k == 1:
        q.family = p.family.replace("'", "").replace("-", " ")
    elif k == 2:
        q.mid = ""
    else:
        q.given = p.given.upper()
    return q


def dedupe_candidates_csv(c):
    r = c.rng
    hdr = r.choice([["pair_id", "score", "mrn_a", "name_a", "dob_a", "mrn_b", "name_b", "dob_b", "rule"],
                    ["id", "mrn_a", "mrn_b", "last_a", "first_a", "last_b", "first_b", "dob_a", "dob_b", "zip_a", "zip_b", "score"]])
    out = [f"# MPI duplicate candidates run {DT(c.when.strftime('%Y-%m-%d'))} threshold=0.82 owner={P(c.eng.login(r))}", ",".join(hdr)]
    people = [(c.pt, c.mrn, c.dob)] + [(Person(r), f"{r.randint(10**7, 10**8 - 1)}", date(r.randint(1928, 2008), r.randint(1, 12), r.randint(1, 28))) for _ in range(r.randint(2, 4))]
    for i, (p, mrn, dob) in enumerate(people):
        q = _variant(r, p)
        mrn_b = c.mrn2 if i == 0 else f"{r.randint(10**7, 10**8 - 1)}"
        dob_b = dob if r.random() < 0.7 else dob.replace(day=dob.month if dob.month <= 28 else 1)
        sc = f"{r.uniform(0.82, 0.99):.3f}"
        if hdr[0] == "pair_id":
            row = [f"P{r.randint(1000, 9999)}", sc, M("MRN", mrn), f'"{P(p.caps())}"', DT(dob.strftime("%Y-%m-%d")), M("MRN", mrn_b),
                   f'"{P(q.caps())}"', DT(dob_b.strftime("%Y-%m-%d")), r.choice(["name+dob", "ssn4+dob", "phonetic+zip"])]
        else:
            z1 = f"{r.randint(10000, 99899):05d}" if i else c.zip
            row = [str(r.randint(1, 999)), M("MRN", mrn), M("MRN", mrn_b), f'"{P(p.family)}"', P(p.given), f'"{P(q.family)}"', P(q.given),
                   DT(dob.strftime("%m/%d/%Y")), DT(dob_b.strftime("%m/%d/%Y")), M("ZIP", z1), M("ZIP", z1), sc]
        out.append(",".join(row))
    if r.random() < 0.5:
        out.append(f"# note: pair 1 has same SSN {M('SSN', c.ssn)} per registration; {P(c.pt.given)} goes by \"{P(c.pt.nick or c.pt.given[:3])}\"")
    return "\n".join(out)


def llm_proxy_jsonl(c):
    r, pt = c.rng, c.pt
    lines = []
    for i in range(r.randint(1, 2)):
        t = c.later(0, 300)
        task = r.choice(["followup_letter", "impression_rewrite", "prior_summary"])
        f = finding(r)
        prompt = r.choice([
            f"Draft a follow-up letter to {P(pt.full())} (MRN {M('MRN', c.mrn)}, DOB {DT(fdate(r, c.dob))}) about the {f}. Sign as {P(c.rad.full())}, {K('credential', 'MD')}.",
            f"Rewrite for a patient: {K('section_header', 'IMPRESSION')}: {f}. Patient is {agem(c)} years old, lives at {M('STREET_ADDRESS', c.street)}, {M('CITY', c.city)}.",
            f"Summarize priors for {P(pt.caps())} acc {M('ACCESSION', c.acc)} and {M('ACCESSION', c.acc2)} from {M('FACILITY', c.fac2)}; referrer {P(c.ref.init())}."])
        resp = r.choice([f"Dear {r.choice(['Ms.', 'Mr.', 'Mx.'])} {P(pt.family)}, your recent {modword(r, c.mod)} showed a {f}. Please call {M('PHONE', c.mkphone())}.",
                         f"Summary: {f}; compared with {K('year', str(r.randint(2015, 2024)))} exam. [truncated]",
                         "I can't include identifiers in a draft; please remove them."])
        obj = (f'{{"ts": "{DT(t.strftime("%Y-%m-%dT%H:%M:%SZ"))}", "user": "{P(c.rad.login(r))}", "client_ip": "{M("IP_ADDRESS", c.ip)}", '
               f'"route": "/v1/draft/{task}", "model": "{r.choice(["drafter-large", "rad-llm-7b", "summarizer-v3"])}", '
               f'"prompt": "{prompt}", "response": "{resp}", "tokens": {r.randint(200, 1800)}, "redaction": "{r.choice(["off", "bypassed", "failed"])}"}}')
        lines.append(obj)
    if r.random() < 0.3:
        lines.append(f'{{"ts": "{DT(c.when.strftime("%Y-%m-%dT%H:%M:%SZ"))}", "level": "warn", "msg": "PHI filter timeout", "user": "{P(c.eng.login(r))}"}}')
    return "\n".join(lines)
