"""blind35 prose styles, part B: CAB minutes, crash e-mails, requisition OCR, match review, pentest findings."""

from __future__ import annotations

from datetime import timedelta
from urllib.parse import quote_plus

from b35_core import (DT, HEADERS, K, M, P, agem, fdate, finding, ftime, modword)


def _ocr(r, s: str) -> str:
    """OCR noise on plain (non-PHI) words only."""
    swaps = {"o": "0", "l": "1", "e": "c", "m": "rn", "S": "5", "i": "l"}
    out = []
    for ch in s:
        out.append(swaps[ch] if ch in swaps and r.random() < 0.06 else ch)
    return "".join(out)


def cab_minutes(c):
    r, pt = c.rng, c.pt
    chg = f"CHG{r.randint(10**6, 10**7 - 1)}"
    att = [c.eng, c.eng2, c.rad, c.tech]
    r.shuffle(att)
    L = [r.choice(["Change Advisory Board - minutes", "CAB weekly (clinical systems)", "Minutes: Emergency CAB"]),
         f"Date: {DT(fdate(r, c.when.date()))}   Chair: {P(att[0].full())}",
         "Present: " + ", ".join(P(a.any(r)) for a in att[1:]) + (f"; {P(c.ref.init())} (dialled in)" if r.random() < 0.4 else ""), ""]
    items = [
        f"{chg} - upgrade HL7 engine to 4.x on {M('IP_ADDRESS', c.ip)}. Risk medium. {P(att[1].given)} noted UAT used a copied production "
        f"chart ({P(pt.caps())}, MRN {M('MRN', c.mrn)}) instead of a test patient; CAB asked for the test data to be purged before approval.",
        f"{chg} - new {modword(r, c.mod)} protocol push to scanner {M('DEVICE_SERIAL', c.serial)} at {M('FACILITY', c.fac)}. "
        f"Adds {K('sequence', r.choice(['DWI', 'STIR', 'T1 post-contrast', 'SWI']))}. Backout: restore previous protocol tree. Approved.",
        f"Post-implementation review of last week's change: one result for {P(pt.full())} ({M('ACCESSION', c.acc)}) went to the wrong inbox "
        f"({P(c.ref.lf())}). {P(c.rad.family)} asked that critical results ({finding(r)}) be excluded from the batch window.",
        f"Freeze window {DT(fdate(r, (c.when + timedelta(days=7)).date(), '%m/%d'))}-{DT(fdate(r, (c.when + timedelta(days=9)).date(), '%m/%d'))} for the portal release; "
        f"contact {P(c.eng.full())} at {M('PHONE', c.mkphone())} with exceptions.",
        f"Standard change: rotate cert on {M('URL', 'https://worklist.' + c.dom + '/mwl')} - no discussion."]
    r.shuffle(items)
    L += [f"{i + 1}. {it}" for i, it in enumerate(items[: r.randint(3, 5)])]
    L += ["", r.choice(["Next CAB: same time next week.", f"Minutes taken by {P(c.tech.init())}.", "Actions recorded in the change tool."])]
    return "\n".join(L)


def dictation_crash_email(c):
    r, pt = c.rng, c.pt
    app = r.choice(["VoxRad 7.2.1", "DictaPro Desktop 11", "SpeakReport 2026.1"])
    ws = f"RAD-WS-{r.randint(1, 60):02d}"
    auto = [f"Subject: [Crash Report] {app} on {ws}",
            f"Date: {DT(fdate(r, c.when.date(), '%Y-%m-%d'))} {DT(c.when.strftime('%H:%M:%S'))}",
            f"User: RADNET\\{P(c.rad.login(r))}", f"Workstation: {ws} ({M('IP_ADDRESS', c.ip)})",
            f"Exception: 0xC0000005 ACCESS_VIOLATION in asr_engine.dll+0x{r.randint(4096, 65535):x}",
            "Last context:", f"  Patient: {P(pt.caps())}   MRN: {M('MRN', c.mrn)}   Acc: {M('ACCESSION', c.acc)}",
            f"  Exam: {c.exam}   Ordered by: {P(c.ref.lf())}",
            f"  Draft buffer: \"{K('section_header', r.choice(HEADERS))}: {finding(r)}. {K('section_header', 'IMPRESSION')}: {finding(r)}\"",
            f"  Dump: C:\\ProgramData\\{app.split()[0]}\\dumps\\{P(pt.fname())}_{DT(c.when.strftime('%Y%m%d'))}_{r.randint(100, 999)}.dmp"]
    if r.random() < 0.4:
        auto.insert(6, f"  Mic: {M('DEVICE_SERIAL', c.serial)}")
    note = r.choice([
        f"{P(c.rad.given)} here - third crash today, each time mid-sentence. I lost the whole report on {P(pt.family)}, who is {agem(c)} and was waiting "
        f"for a call back about the {finding(r)}. Please look before tomorrow's list.",
        f"Forwarding from the reading room. Dr. {P(c.rad.family)} says it dies whenever the template inserts the {K('vertebral_level', r.choice(['L4-L5', 'C5-C6', 'L5-S1']))} macro. "
        f"- {P(c.eng2.full())}, desk {M('PHONE', c.mkphone())}",
        f"Hi team, attached is the auto-report. It crashed at {DT(ftime(r, c.when))} while I was dictating {P(pt.init())}'s {modword(r, c.mod)}. "
        f"Can someone call me on {M('PHONE', c.mkphone())}? Thanks, {P(c.rad.full())}, {K('credential', 'MD')}"])
    if r.random() < 0.5:
        return note + "\n\n----- automatic report -----\n" + "\n".join(auto)
    return "\n".join(auto) + "\n\n" + note


def handwritten_req_ocr(c):
    r, pt = c.rng, c.pt
    dob = fdate(r, c.dob, r.choice(["{m}/{d}/%y", "%m/%d/%Y", "%d-%b-%Y"]))
    L = [_ocr(r, r.choice(["RADIOLOGY REQUISITI0N", "Imaging Request - please print clearly", "OUTPATIENT IMAGING ORDER"])),
         f"{_ocr(r, 'Patient name:')} {P(r.choice([pt.full(), pt.caps(), pt.full().lower()]))}   {_ocr(r, 'DOB')} {DT(dob)}",
         f"{_ocr(r, 'Address:')} {M('STREET_ADDRESS', c.street)} , {M('CITY', c.city)} {c.state} {M('ZIP', c.zip)}",
         f"Ph# {M('PHONE', c.phone)}    Ins: {M('HEALTH_PLAN_ID', c.plan)}",
         f"{_ocr(r, 'Exam requested:')} {modword(r, c.mod)} {_ocr(r, c.exam.split(' ', 1)[1].lower())}",
         f"{_ocr(r, 'Clinical hx:')} {_ocr(r, 'r/o')} {finding(r)} ; {_ocr(r, 'pain x 3 wks')}",
         f"{_ocr(r, 'Ordering:')} {P(c.ref.init())} {K('credential', r.choice(['MD', 'DO', 'NP', 'PA-C']))}  {_ocr(r, 'sig illegible')}  {DT(fdate(r, c.when.date(), '{m}/{d}'))}"]
    if r.random() < 0.5:
        L.append(f"{_ocr(r, 'Emergency contact:')} {P(c.pt2.given)} ({_ocr(r, r.choice(['daughter', 'son', 'wife', 'neighbor']))}) {M('PHONE', c.mkphone())}")
    if r.random() < 0.4:
        L.append(f"SSN {M('SSN', c.ssn)}   Acct {M('ACCOUNT_ID', c.acct)}")
    if r.random() < 0.4:
        L.append(f"[margin, different pen] {_ocr(r, 'pt is')} {agem(c)} {_ocr(r, 'y/o, needs wheelchair')}")
    body = L[1:]
    r.shuffle(body)
    foot = f"-- OCR engine conf {r.randint(41, 93)}% | scanned by {P(c.tech.login(r))} | file {P(pt.fname())}_req.tif"
    return "\n".join([L[0]] + body + [foot])


def match_review_notes(c):
    r, pt, q = c.rng, c.pt, c.pt2
    task = r.randint(10000, 99999)
    L = [f"Patient-matching review queue - task {task}",
         f"Candidate A: {P(pt.caps())}  MRN {M('MRN', c.mrn)}  DOB {DT(fdate(r, c.dob, '%m/%d/%Y'))}  {M('STREET_ADDRESS', c.street)}, {M('CITY', c.city)}",
         f"Candidate B: {P(pt.family.upper() + ', ' + q.given.upper())}  MRN {M('MRN', c.mrn2)}  DOB {DT(fdate(r, c.dob, '%m/%d/%Y'))}  phone {M('PHONE', c.phone)}",
         f"Engine score {r.uniform(0.7, 0.95):.2f}; assigned to {P(c.eng2.login(r))} on {DT(fdate(r, c.when.date()))}", ""]
    notes = [
        f"Reviewer note: Same DOB and phone, but A's SSN ends differently from B's ({M('SSN', c.ssn)} on file for A). "
        f"Called the number; {P(q.given)} answered{(', called ' + P(pt.nick) + ' by the family,') if pt.nick else ''} and said {P(pt.given)} is her {r.choice(['mother', 'twin sister', 'aunt'])}. NOT the same person.",
        f"Reviewer note: B's only study is {M('ACCESSION', c.acc)} ({c.exam}), read by {P(c.rad.lf())}, {K('credential', 'MD')}, showing {finding(r)}. "
        f"A has a prior {modword(r, c.mod)} from {K('year', str(r.randint(2012, 2024)))} with the same finding, so likely same patient. Merge requested.",
        f"Escalated to HIM ({M('EMAIL', c.eng.email(r, c.dom))}) because A is {agem(c)} and B's registration at {M('FACILITY', c.fac2)} lists a guardian, {P(c.ref.full())}.",
        f"{P(c.tech.given)} at the front desk confirmed by photo ID on {DT(fdate(r, c.later(1000, 5000).date()))}; plan {M('HEALTH_PLAN_ID', c.plan)} matches A."]
    L += [n for n in notes if r.random() < 0.7] or notes[:1]
    L.append(r.choice(["Decision: keep separate; link as family.", "Decision: merge B into A.", "Decision: pending second review."]))
    return "\n".join(L)


def pentest_finding(c):
    r, pt = c.rng, c.pt
    fid = r.randint(2, 19)
    url = f"https://portal.{c.dom}/results/view?patient={quote_plus(pt.lf())}&dob={c.dob.isoformat()}&acc={c.acc}"
    L = [f"Finding {fid}: Patient identifiers in URL query strings ({r.choice(['High', 'Medium'])})", "",
         r.choice(["Description", "Observation", "Details"]) + ":",
         f"While proxying traffic from the test workstation ({M('IP_ADDRESS', c.ip)}) we observed the results viewer passing names and dates of birth "
         f"as GET parameters, for example:", "", f"    {M('URL', url)}", "",
         f"These URLs are written to the reverse-proxy access log, browser history and the analytics beacon. The example above belongs to a real "
         f"record ({P(pt.full())}) that the client's analyst, {P(c.eng2.full())}, opened during the walkthrough on {DT(fdate(r, c.when.date()))}."]
    if r.random() < 0.6:
        L += ["", "Additional evidence:",
              f"- access log line: {M('IP_ADDRESS', c.ip2)} - {P(c.tech.login(r))} [{DT(c.when.strftime('%d/%b/%Y'))}:{DT(c.when.strftime('%H:%M:%S'))} -0500] \"GET /results/view?patient={P(quote_plus(pt.caps()))}&acc={M('ACCESSION', c.acc)} HTTP/1.1\" 200",
              f"- referer header leaked {M('URL', f'https://portal.{c.dom}/chart?mrn={c.mrn}')} to a third-party font host"]
    if r.random() < 0.5:
        L += ["", f"The same page rendered the report text, e.g. \"{K('section_header', 'IMPRESSION')}: {finding(r)}\", without cache-control headers."]
    L += ["", "Recommendation:", r.choice(["Move identifiers to POST bodies or opaque tokens; purge historical logs.",
                                          f"Use opaque study tokens; retest by {DT(fdate(r, (c.when + timedelta(days=30)).date(), '%B {d}, %Y'))}."]),
          f"Tester: {P(c.eng.full())} ({M('EMAIL', c.eng.email(r, 'mail.example.net'))})"]
    return "\n".join(L)
