"""blind14 styles: payer prior-authorization letter, resident case log, research screening log, transfer center."""

from __future__ import annotations

import sys

C = sys.modules["b14_core"]
NM = sys.modules["b14_names"]

PAYERS = ["Blue Heron Health Plan", "Cascadia Mutual", "Keystone Care Advantage", "Meridian Star Medicaid",
          "Pinnacle Choice PPO"]
REQUESTS = [
    ("{mod=MRI} lumbar spine without contrast (CPT 72148)", "radicular pain at {vl=L4-L5} without 6 weeks of "
     "documented conservative therapy", "physical therapy notes"),
    ("{mod=MRI} brain with and without contrast (CPT 70553)", "headache without red-flag features; prior {mod=CT} "
     "head negative", "neurology consult note"),
    ("PET/CT skull base to mid-thigh (CPT 78815)", "staging of {ep=Hodgkin lymphoma} meets criteria",
     "pathology report"),
    ("{mod=CT} coronary angiography (CPT 75574)", "intermediate pretest probability; prior stress test equivocal",
     "stress test report"),
    ("breast {mod=MRI} (CPT 77049)", "{sc=BI-RADS 3} finding on {mod=US} does not meet high-risk screening criteria",
     "lifetime risk calculation"),
    ("{mod=MRI} knee without contrast (CPT 73721)", "suspected {ep=Segond fracture} and ACL tear on radiographs",
     "orthopedic note"),
]


def prior_auth_letter(r, d):
    pt, req, rev = NM.people(r, 3)
    payer = r.choice(PAYERS)
    sent = C.rdate(r)
    svc, why, need = r.choice(REQUESTS)
    approved = r.random() < 0.4
    d.f(payer + "\nUtilization Management Department\nPO Box " + C.digits(r, 4) + ", Harrisburg, PA\n\n{D:sd}\n\n",
        sd=C.date(r, sent, ["long", "us"]))
    d.f("{N:pt}\n", pt=pt.first_last.upper() if r.random() < 0.5 else pt.full)
    d.put(NM.us_address(r))
    d.f("\n\nRE: " + ("Approval" if approved else "Adverse determination") + " — reference {ACCT:ref}\n"
        "Member: {N:pt2}   Member ID: {HP:hp}   Date of birth: {D:dob}\n",
        ref="PA" + C.digits(r, 9), pt2=pt.lf, hp=C.plan_id(r), dob=C.date(r, lo=1940, hi=2000))
    if r.random() < 0.35:
        d.f("Subscriber SSN on file: {SSN:ssn}\n", ssn=C.ssn(r))
    d.f("Ordering provider: {N:req}, {cred=MD}, {FAC:fac}\nService requested: " + svc + "\n\nDear {N:pg}:\n\n",
        req=req.full, fac=NM.facility(r), pg=pt.first_last)
    if approved:
        d.f("We approved the service above because " + why + ". The approval is valid from {D:a} through {D:b} "
            "for one study at an in-network site.\n", a=C.date(r, sent, ["us"]), b=C.date(r, C.shift(sent, 60), ["us"]))
    else:
        d.f("We could not approve the service above. Based on the clinical information received on {D:rc}, the request "
            "does not meet criteria: " + why + ". Information that would help: " + need + ".\n",
            rc=C.date(r, C.shift(sent, -3), ["us"]))
        d.f("Your doctor may request a peer-to-peer review by calling {PH:ph} before {D:pp} at {D:pt}.\n",
            ph=C.phone(r, "dash"), pp=C.date(r, C.shift(sent, 14), ["long"]), pt=C.time(r, "ampm"))
    d.f("\nReviewed by: {N:rev}, {cred=MD}, Board Certified in Diagnostic Radiology\n"
        "cc: {N:req2} — fax {PH:fax}\n", rev=rev.full, req2=req.init, fax=C.phone(r, "paren"))
    if r.random() < 0.5:
        d.f("\nPEER-TO-PEER NOTE ({D:pd} {D:pt2}): Dr. {N:rs} discussed with Dr. {N:vs}. Additional history: "
            "symptoms since {yr=" + str(r.randint(2019, 2024)) + "}, failed 8 weeks of PT. Determination "
            + r.choice(["overturned", "upheld"]) + ".\n", pd=C.date(r, C.shift(sent, 5), ["us_short"]),
            pt2=C.time(r, "hm"), rs=req.family, vs=rev.family)
    return "MR"


CASES = [("{mod=CT} abdomen/pelvis", "{ep=Meckel diverticulum} mistaken for small bowel loop"),
         ("{mod=XR} knee", "missed {ep=Segond fracture}; flagged by attending"),
         ("{mod=MRI} shoulder", "correctly called {ep=Hill-Sachs} and {ep=Bankart lesions}"),
         ("{mod=CT} chest", "good description of {ep=Kerley B lines}"),
         ("{mod=MRI} brain", "noted {ep=Chiari I malformation} with {ms=7 mm} tonsillar ectopia"),
         ("{mod=US} RUQ", "overcalled sludge; {ep=Klatskin tumor} raised appropriately on follow-up {mod=CT}"),
         ("{mod=MRI} lumbar spine", "{ep=Schmorl node} at {vl=L2} described well"),
         ("{mod=XR} wrist", "{ep=Colles fracture} with dorsal angulation {ms=25 degrees}")]


TRAPS = [("Baker", "{mod=MRI} knee", "ruptured {ep=Baker cyst} tracking into the calf"),
         ("Graves", "{mod=US} thyroid", "diffuse hypervascularity, known {ep=Graves disease}"),
         ("Paget", "{mod=XR} pelvis", "cortical thickening, classic {ep=Paget disease}"),
         ("Bell", "{mod=MRI} IAC", "facial nerve enhancement; clinical {ep=Bell palsy}"),
         ("Addison", "{mod=CT} adrenal", "atrophic adrenals in {ep=Addison disease}"),
         ("Cushing", "{mod=MRI} pituitary", "{ms=4 mm} microadenoma, {ep=Cushing syndrome} work-up"),
         ("Crohn", "{mod=MR} enterography", "active terminal ileal {ep=Crohn disease}"),
         ("Hill", "{mod=MRI} shoulder", "{ep=Hill-Sachs} defect after dislocation"),
         ("Jones", "{mod=XR} foot", "missed {ep=Jones fracture} of the fifth metatarsal base"),
         ("Parkinson", "DaT scan", "reduced putaminal uptake, {ep=Parkinson disease}")]


def resident_caselog(r, d):
    res, att, pd = NM.people(r, 3)
    wk = C.rdate(r)
    pgy = r.randint(2, 5)
    d.f("{hdr=RESIDENT CASE LOG AND WEEKLY EVALUATION}\nResident: {N:res}, PGY-" + str(pgy) +
        "   Program director: Dr. {N:pd}\nRotation: " + r.choice(["Body", "MSK", "Neuro", "ED/Trauma", "Peds"]) +
        " — {FAC:fac}   Week of {D:wk}\n\n", res=res.full, pd=pd.family, fac=NM.facility(r),
        wk=C.date(r, wk, ["long", "us"]))
    d.w("Date  | Accession | Patient | Exam | Discrepancy/feedback\n")
    used = set()
    cases = r.sample(CASES, 6)
    for k in range(r.randint(4, 6)):
        p = NM.person(r)
        while p.family in used or p.family in (res.family, att.family, pd.family):
            p = NM.person(r)
        used.add(p.family)
        exam, note = cases[k]
        d.f("{D:dd} | {ACC:acc} | {N:p} | " + exam + " | " + note + "\n", dd=C.fdate(C.shift(wk, k), "md"),
            acc=C.acc(r), p=r.choice([p.LF, f"{p.family}, {p.given[0]}"]))
    sur, exam, note = r.choice(TRAPS)
    d.f("{D:dd} | {ACC:acc} | {N:p} | " + exam + " | " + note + " (yes, the patient's name really is {N:p2})\n",
        dd=C.fdate(C.shift(wk, 4), "md"), acc=C.acc(r), p=f"{sur.upper()}, {NM.person(r).given.upper()}", p2=sur)
    d.f("\nAttending comments ({N:att}, {cred=MD}): Dr. {N:rf} is reading at the level expected for PGY-" + str(pgy) +
        ". Reports are concise; remind to always state the {hdr=COMPARISON} date. On {D:dx} the resident "
        "called the ED directly about a {an=pneumothorax} — excellent. Pager {PH:pg}.\n", att=att.full, rf=res.family,
        dx=C.fdate(C.shift(wk, 2), r.choice(["mon_dot", "month_day"])), pg=C.phone(r, "local"))
    d.f("Milestones: PC2 level " + str(r.randint(2, 4)) + ", MK1 level " + str(r.randint(2, 4)) +
        ". Contact for questions: {EM:em}\n", em=C.email(r, att))
    return "CT"


STUDIES = [("LUNG-SCREEN-AI", "{mod=CT} chest low dose", "{sc=Lung-RADS 4A}"),
           ("PROST-MRI-2", "multiparametric {mod=MRI} prostate", "{sc=PI-RADS 4}"),
           ("LIVER-ELASTO", "{mod=US} elastography", "{sc=LI-RADS 3}"),
           ("BREAST-DENSE", "abbreviated breast {mod=MRI}", "{sc=BI-RADS 2}"),
           ("ADNEXA-OR", "pelvic {mod=US}", "{sc=O-RADS 3}")]


def research_screening(r, d):
    study, exam, score = r.choice(STUDIES)
    coord, pi = NM.people(r, 2)
    d.f("{hdr=SCREENING LOG} — " + study + " (IRB 20" + str(r.randint(22, 25)) + "-" + C.digits(r, 4) + ")\n"
        "Site: {FAC:fac}   PI: {N:pi}, {cred=MD}   Coordinator: {N:co} ({PH:ph}, {EM:em})\n"
        "Eligibility imaging: " + exam + "; enrolling " + score + " or higher.\n\n"
        "Scr# | Name | MRN | Age | Scan date | Result | Status / notes\n",
        fac=NM.facility(r), pi=pi.full, co=coord.first_last, ph=C.phone(r), em=C.email(r, coord))
    rows = NM.people(r, r.randint(5, 7))
    for k, p in enumerate(rows, 1):
        d.f(f"S{k:03d} | " + "{N:p} | {MRN:m} | ", p=r.choice([p.LF, p.lf, p.full]), m=C.mrn(r))
        a = C.ages(r, r.random() < 0.15)
        if a >= 90:
            d.span("A", str(a))
        else:
            d.span("age", str(a))
        d.f(" | {D:sd} | ", sd=C.date(r, fmts=["us", "iso"]))
        d.w(r.choice(["eligible", "screen fail", "eligible", "pending read"]) + " | ")
        n = r.randrange(5)
        if n == 0:
            dg = NM.person(r)
            d.f("declined; " + dg.rel("child") + " {N:dg} prefers no contrast\n", dg=dg.first_last)
        elif n == 1:
            d.f("consented by phone {D:cd}, witness {N:w}\n", cd=C.date(r, fmts=["md"]), w=NM.person(r).init)
        elif n == 2:
            d.f("excluded: {ep=Crohn disease} on problem list\n")
        elif n == 3:
            d.f("left VM at {PH:vm} on {D:vd}\n", vm=C.phone(r, "dash"), vd=C.date(r, fmts=["mon_dot", "md"]))
        else:
            d.f("age criterion — see note\n" if a >= 90 else "needs eGFR; outside lab {FAC:of}\n", of=NM.facility(r))
    d.f("\nLog reviewed {D:rv} by {N:pi2}.\n", rv=C.date(r), pi2=pi.init)
    return "CT"


def transfer_center(r, d):
    pt, rn, er, nir, rad = NM.people(r, 5)
    day = C.rdate(r)
    h = r.randint(0, 21)
    send = NM.facility(r)
    recv = NM.facility(r, (send,))
    city, st = r.choice(NM.US_CITIES)
    fmt = r.choice(["mil", "hm"])
    tt = lambda m: C.time(r, fmt, h + m // 60, m % 60)
    d.f("{FAC:recv} TRANSFER CENTER — CALL LOG\nDate {D:day}   Encounter {ACCT:enc}\n\n", recv=recv,
        day=C.date(r, day, ["us", "dmy_abbr"]), enc=C.account(r))
    d.f("{D:t0}  Incoming call from {N:rn}, RN, {FAC:send} ({CITY:city}, " + st + "), callback {PH:ph}.\n",
        t0=tt(0), rn=rn.first_last, send=send, city=city, ph=C.phone(r))
    age = C.ages(r, r.random() < 0.3)
    d.f("      Pt {N:pt}, DOB {D:dob}, ", pt=pt.LF, dob=C.date(r, C.dob_for(r, day, age)))
    C.age_phrase(r, d, age, "yo")
    d.f(", outside MRN {MRN:om}. " + r.choice(["Aortic dissection on {mod=CT} angiogram, Stanford B.",
        "Subdural hematoma {ms=14 mm} with {ms=6 mm} midline shift.", "Splenic laceration, active extravasation.",
        "Large {an=left M1} occlusion, {sc=ASPECTS 9}."]) + "\n", om=C.mrn(r))
    d.f("{D:t1}  Paged {N:nir} (IR/NIR). Images requested via share link {URL:url}\n", t1=tt(4),
        nir=nir.full,
        url=f"https://imageshare.{C.slug(send)[:10]}.test.example/s/{C.letters(r, 8).lower()}")
    d.f("{D:t2}  Dr. {N:rad} reviewed outside study (ACC {ACC:oa}) from node {IP:ip}; agrees with read.\n",
        t2=tt(11), rad=rad.family, oa=C.acc(r), ip=C.ip(r))
    d.f("{D:t3}  Accepted by Dr. {N:er} (" + r.choice(["ED", "neurocritical care", "trauma"]) + "). Bed 4 East.\n",
        t3=tt(17), er=er.family)
    d.f("{D:t4}  Transport: " + r.choice(["rotor wing", "ground ALS", "fixed wing"]) + ", ETA {D:eta}. Spouse {N:sp} "
        "driving separately, cell {PH:sp_ph}.\n", t4=tt(23), eta=tt(70), sp=NM.person(r).first_last,
        sp_ph=C.phone(r, "dot"))
    d.f("{D:t5}  Pt arrived. Log closed by {N:rn2}.\n", t5=tt(81), rn2=NM.person(r).init)
    return "CT"
