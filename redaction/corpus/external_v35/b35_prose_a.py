"""blind35 prose styles, part A: incident write-ups, git logs, code review, migration post-mortems, vendor mail."""

from __future__ import annotations

from datetime import timedelta

from b35_core import (DT, HEADERS, K, M, P, agem, fdate, finding, ftime, modword)


def _pick(r, items, lo, hi):
    items = list(items)
    r.shuffle(items)
    return items[: r.randint(lo, hi)]


def interface_incident_writeup(c):
    r, pt = c.rng, c.pt
    inc = f"INC-{r.randint(10000, 99999)}"
    d = fdate(r, c.when.date(), r.choice(["%B {d}, %Y", "%m/%d/%Y", "%d %B %Y"]))
    title = r.choice([f"# {inc}: ORU results filed to wrong chart", f"Incident write-up {inc} (interface engine)",
                      f"## Post-incident review - {inc} - worklist sync outage"])
    t1, t2 = c.when, c.later(30, 240)
    parts = [title, f"Author: {P(c.eng.full())}   Reviewed: {P(c.eng2.init())}   Date: {DT(d)}", ""]
    summ = r.choice([
        f"At {DT(ftime(r, t1))} the ORU listener on {M('IP_ADDRESS', c.ip)} began matching results on PID-5 plus birth date only. "
        f"Results for {P(pt.fm())} ({M('MRN', c.mrn)}) were filed under {P(c.pt2.full())}, whose DOB is the same "
        f"({DT(fdate(r, c.dob))}).",
        f"Between {DT(ftime(r, t1))} and {DT(ftime(r, t2))} no {modword(r, c.mod)} orders reached the modality worklist. "
        f"The first person to notice was {P(c.tech.given)} at {M('FACILITY', c.fac)}, who phoned the help desk from {M('PHONE', c.mkphone())} "
        f"when patient {P(pt.lf())} was on the table with no worklist entry.",
        f"A channel redeploy by {P(c.eng.login(r))} reset the retry queue; {r.randint(12, 300)} messages were dropped, including accession "
        f"{M('ACCESSION', c.acc)} for {P(pt.caps())}, a {agem(c)}-year-old whose report read {finding(r)}."])
    parts += ["### Summary" if r.random() < 0.5 else "Summary:", summ, ""]
    tl = [f"- {DT(ftime(r, t1, '%H:%M'))} alert fired (queue depth > 500)",
          f"- {DT(ftime(r, t1 + timedelta(minutes=12), '%H:%M'))} {P(c.eng.given)} acknowledged page",
          f"- {DT(ftime(r, t2, '%H:%M'))} {P(c.rad.init())} reported a missing prior for acc {M('ACCESSION', c.acc2)}",
          f"- {DT(ftime(r, t2 + timedelta(minutes=20), '%H:%M'))} channel rolled back, backlog replayed"]
    parts += ["Timeline:"] + _pick(r, tl, 2, 4) + [""]
    parts.append(r.choice([
        f"Root cause: the mapper trimmed apostrophes, so {P(pt.family)} no longer equalled the MPI value. Names like {P('D’Amato')} and {P('O’Donnell')} were affected too.",
        f"Root cause: a test row (our fake patient {P('ZZTEST, RADGATE')}) shared a key with a real chart; we now filter on {M('ACCOUNT_ID', c.acct)}-style visit numbers instead.",
        f"Root cause was a certificate rotation on {M('URL', 'https://iface.' + c.dom + '/hl7/oru')} that nobody scheduled."]))
    if r.random() < 0.6:
        parts.append(f"Patient impact: {P(pt.given)}{(' (' + chr(34) + P(pt.nick) + chr(34) + ')') if pt.nick else ''}'s {c.exam} was re-sent; the ordering clinician {P(c.ref.full())}, {K('credential', r.choice(['MD', 'NP', 'PA-C']))}, was called on {DT(fdate(r, t2.date()))}.")
    parts.append(r.choice(["Action items: add apostrophe unit test; page on zero-throughput.", "Follow-ups tracked in the problem record.", "Lessons: never replay without a dedupe key."]))
    return "\n".join(parts)


def git_commit_log(c):
    r, pt = c.rng, c.pt
    out = []
    for i in range(r.randint(2, 3)):
        a = r.choice([c.eng, c.eng2, c.tech])
        t = c.when - timedelta(hours=r.randint(1, 300))
        gd = f"{t.strftime('%a %b')} {t.day} {t.strftime('%H:%M:%S %Y')}"
        sha = "".join(r.choice("0123456789abcdef") for _ in range(40))
        msg = r.choice([
            [f"Fix PID-5 split for multi-part surnames", "",
             f"Prod failed on '{P(pt.hl7())}' (MRN {M('MRN', c.mrn)}) because the", "family name has a space. Added fixture based on that row."],
            [f"Revert \"hotfix: match on name+dob\"", "",
             f"It merged {P(pt.lf())} DOB {DT(fdate(r, c.dob, '%m/%d/%Y'))} with {P(c.pt2.lf())}. Reported by {P(c.rad.init())}."],
            [f"worklist: handle {modword(r, c.mod)} orders with no accession", "",
             f"Seen {DT(fdate(r, c.when.date(), '%m/%d'))} for acc {M('ACCESSION', c.acc)}; tested on {M('IP_ADDRESS', c.ip)}."],
            [f"tests: scrub fixture (was a real patient, sorry)", "",
             f"- removed {P(pt.fname())}.hl7", f"- removed phone {M('PHONE', c.phone)} and {M('STREET_ADDRESS', c.street)}"],
            [f"Add {K('score', r.choice(['BI-RADS 0', 'Lung-RADS 4A', 'LI-RADS 3']))} flag to critical routing", "",
             f"Requested by {P(c.rad.full())} after the {P(pt.family)} miss."]])
        co = f"Co-authored-by: {P(c.eng2.full())} <{M('EMAIL', c.eng2.email(r, c.dom))}>" if r.random() < 0.3 else ""
        block = [f"commit {sha}", f"Author: {P(a.full())} <{M('EMAIL', a.email(r, c.dom))}>", f"Date:   {DT(gd)} -0{r.randint(4, 8)}00", ""]
        block += ["    " + m if m else "" for m in msg]
        if co:
            block += ["", "    " + co]
        out.append("\n".join(block))
    if r.random() < 0.4:
        return f"$ git log --author={P(c.eng.family.lower())} -n 3\n" + "\n\n".join(out)
    return "\n\n".join(out)


def code_review_thread(c):
    r, pt = c.rng, c.pt
    h1, h2, h3 = P(c.eng.login(r)), P(c.eng2.login(r)), P(c.rad.login(r))
    pr = r.randint(100, 4000)
    fixture = r.choice([f"`{P(pt.family)}|{P(pt.given)}|{DT(c.dob.isoformat())}|{M('MRN', c.mrn)}|{M('PHONE', c.phone)}`",
                        f"`{{\"pid\": \"{M('MRN', c.mrn)}\", \"name\": \"{P(pt.hl7())}\", \"acc\": \"{M('ACCESSION', c.acc)}\"}}`",
                        f"`INSERT INTO orders VALUES ('{M('ACCESSION', c.acc)}', '{P(pt.caps())}', '{DT(c.dob.isoformat())}');`"])
    cmts = [
        f"**@{h2}** commented on `tests/fixtures/orm_{r.randint(1, 40)}.txt` line {r.randint(3, 90)}:\n> {fixture}\nThis looks like a real patient row. Please swap for synthetic data before merge.",
        f"**@{h1}** replied:\nyeah, copied from the {DT(fdate(r, c.when.date(), '%b {d}'))} incident. will replace with a fake. the {P(pt.family.lower())} case is why the apostrophe handling exists.",
        f"**@{h3}** commented:\nFrom the reading room side: the {modword(r, c.mod)} prior showed a {finding(r)}; please keep that text in the test but not the name.",
        f"**@{h2}** requested changes:\nAlso `docs/README.md` links {M('URL', f'https://pacs.{c.dom}/viewer?acc={c.acc}')} - that is prod.",
        f"**@{h1}** commented on `mapper.py`:\nnit: `if given == '{P(pt.given)}'` was my debug line, removing.",
    ]
    keep = [cmts[0]] + _pick(r, cmts[1:], 2, 4)
    hdr = r.choice([f"PR #{pr}: mapper - keep apostrophes in family names ({h1} wants to merge 3 commits)",
                    f"Change {r.randint(10000, 99999)} - Gerrit review - owner {P(c.eng.full())}",
                    f"Merge request !{pr} 'fix duplicate visits' opened {DT(fdate(r, c.when.date()))} by {h1}"])
    return hdr + "\n\n" + "\n\n".join(keep)


def migration_postmortem(c):
    r, pt = c.rng, c.pt
    n = r.randint(200000, 2000000)
    miss = r.randint(3, 900)
    paras = [r.choice([f"Legacy RIS to new RIS migration: post-mortem", f"Post-mortem: PACS archive migration wave {r.randint(2, 9)}",
                       f"Data migration retrospective ({M('FACILITY', c.fac)})"]),
             f"Prepared by {P(c.eng.full())} with {P(c.eng2.full())}; cutover weekend {DT(fdate(r, c.when.date(), '%B {d}'))}-{DT(fdate(r, (c.when + timedelta(days=1)).date(), '%B {d}, %Y'))}.",
             f"We moved {n:,} studies. The reconciliation report flagged {miss} exams where the source and target disagreed on patient identity. "
             f"A typical one: source had {P(pt.caps())} with MRN {M('MRN', c.mrn)}, target had the same accession {M('ACCESSION', c.acc)} under MRN {M('MRN', c.mrn2)}."]
    extra = [f"The extract job truncated surnames at 20 characters, so {P('Featherstonehaugh-Ollerenshaw')} arrived as {P('FEATHERSTONEHAUGH-OL')}.",
             f"Some dates of birth were shifted by a century; {P(pt.given)} (born {DT(fdate(r, c.dob))}, age {agem(c)}) showed up as a child.",
             f"The old system stored addresses in one field, e.g. \"{M('STREET_ADDRESS', c.street)} {M('CITY', c.city)} {c.state} {M('ZIP', c.zip)}\", and the parser mis-split unit numbers.",
             f"Technologist {P(c.tech.full())}, {K('credential', 'RT(R)')}, caught the first mismatch when a {modword(r, c.mod)} prior with {finding(r)} appeared on the wrong patient.",
             f"Insurance member IDs ({M('HEALTH_PLAN_ID', c.plan)}) were carried but guarantor accounts ({M('ACCOUNT_ID', c.acct)}) were not."]
    paras += _pick(r, extra, 2, 4)
    paras.append(r.choice(["What we'd do differently: run the identity reconciliation before, not after, cutover.",
                           f"Open questions go to {M('EMAIL', c.eng.email(r, c.dom))}.", "Status: closed, 4 charts corrected manually."]))
    return "\n\n".join(paras)


def vendor_support_email(c):
    r, pt = c.rng, c.pt
    case = f"{r.choice(['CS', 'SR', 'TS'])}-{r.randint(100000, 999999)}"
    agent = c.eng2
    t = c.when
    hdr = [f"From: {P(agent.full())} <{M('EMAIL', agent.email(r, 'iface-vendor.example.com'))}>",
           f"To: {P(c.eng.full())} <{M('EMAIL', c.eng.email(r, c.dom))}>",
           f"Date: {DT(fdate(r, t.date(), '%d %b %Y'))} {DT(t.strftime('%H:%M'))}",
           f"Subject: RE: [{case}] {r.choice(['modality worklist shows wrong patient', 'scanner rejects C-STORE', 'dictation export hangs'])}"]
    r.shuffle(hdr[1:3])
    body = [f"Hi {P(c.eng.given)},",
            r.choice([f"Thanks for the logs. In the excerpt you attached I can see the scanner ({M('DEVICE_SERIAL', c.serial)}) querying with PatientName={P(pt.hl7())} and getting two matches back.",
                      f"We reproduced it on our side. For the record, please don't send us real patient details - your last e-mail included {P(pt.full())}, DOB {DT(fdate(r, c.dob))}, and MRN {M('MRN', c.mrn)}.",
                      f"The unit at {M('FACILITY', c.fac)} (serial {M('DEVICE_SERIAL', c.serial)}, IP {M('IP_ADDRESS', c.ip)}) is on firmware 4.2; the fix needs 4.3."]),
            r.choice([f"Our engineer {P(c.tech.full())} can be on site {DT(fdate(r, (t + timedelta(days=2)).date(), '%B {d}'))} or call {M('PHONE', c.mkphone())}.",
                      f"The {K('sequence', r.choice(['DWI', 'T2 FLAIR', 'SWI']))} series failing is expected behaviour with the old protocol.",
                      "Please upload the full log through the portal rather than e-mail."]),
            "", "Regards,", f"{P(agent.full())}", f"Tier 2 Support | {M('PHONE', c.mkphone())}"]
    quoted = [f"> On {DT(fdate(r, (t - timedelta(days=1)).date(), '%m/%d/%Y'))}, {P(c.eng.full())} wrote:",
              f"> Patient {P(pt.lf())} ({M('ACCESSION', c.acc)}) appeared on the MWL twice, once with the old address {M('STREET_ADDRESS', c.street)}.",
              f"> Radiologist {P(c.rad.init())} noticed because the {modword(r, c.mod)} showed {finding(r)} that did not fit."]
    return "\n".join(hdr) + "\n\n" + "\n".join(body) + ("\n\n" + "\n".join(quoted) if r.random() < 0.7 else "")
