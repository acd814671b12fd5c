"""blind14 styles: contrast-reaction event report, incident/near-miss report, scheduling SMS thread, hospice note."""

from __future__ import annotations

import sys

C = sys.modules["b14_core"]
NM = sys.modules["b14_names"]

REACTIONS = [("mild", "hives on the {an=anterior chest} and pruritus", "diphenhydramine 25 mg PO"),
             ("moderate", "bronchospasm with SpO2 89%", "albuterol MDI 2 puffs, oxygen 6 L"),
             ("severe", "hypotension 72/40 and laryngeal edema", "epinephrine 0.3 mg IM x2, rapid response"),
             ("moderate", "vasovagal reaction, HR 44", "legs elevated, IV fluids, atropine 0.6 mg")]


def contrast_reaction(r, d):
    pt, nurse, rad, tech, wit, ref = NM.people(r, 6)
    day = C.rdate(r)
    h, m = r.randint(7, 19), r.randint(0, 40)
    sev, sx, tx = r.choice(REACTIONS)
    agent = r.choice(["iohexol 350", "iopamidol 370", "gadobutrol", "gadoterate"])
    mod = "MR" if agent.startswith("gado") else "CT"
    d.f("{hdr=CONTRAST REACTION EVENT REPORT}\n{FAC:fac} — Department of Radiology\n\n"
        "Patient: {N:pt}   MRN {MRN:mrn}   DOB {D:dob}   Acc {ACC:acc}\nExam: {mod:mx} " +
        r.choice(["abdomen/pelvis", "chest PE protocol", "brain", "{an=pancreas} protocol"]) +
        "   Date {D:dd}\n", fac=NM.facility(r), pt=pt.lf, mrn=C.mrn(r), dob=C.date(r, lo=1934, hi=2001), acc=C.acc(r),
        mx="MRI" if mod == "MR" else "CT", dd=C.date(r, day))
    d.f("Agent: " + agent + ", lot " + str(r.randint(21, 26)) + C.letters(r, 1) + C.digits(r, 3) + ", power injector SN {SER:inj}, via 20G right antecubital IV placed by {N:tech}.\n",
        inj=C.serial(r), tech=tech.first_last)
    d.f("\nTimeline\n{D:t0}  injection started\n{D:t1}  patient reported " + r.choice(["itching", "throat tightness",
        "feeling faint"]) + "; " + sx + "\n{D:t2}  Dr. {N:rad} at bedside; " + tx + "\n{D:t3}  symptoms improving\n"
        "{D:t4}  " + r.choice(["transferred to ED", "discharged with companion", "observed 60 min, discharged"]) + "\n",
        t0=C.time(r, "hm", h, m), t1=C.time(r, "hm", h, m + 3), t2=C.time(r, "hm", h, m + 6),
        t3=C.time(r, "hm", h, m + 15), t4=C.time(r, "hm", h + 1, m + 10), rad=rad.family)
    d.f("\nSeverity (ACR): " + sev + ". Prior reaction: " + r.choice(["none known", "hives in {yr=2019}",
        "unknown — outside records from {FAC:of} requested"]) + ".\n", of=NM.facility(r))
    d.f("Witness: {N:wit}, RN. Companion {N:comp} notified; will drive home. Contact {PH:ph}.\n",
        wit=wit.first_last, comp=NM.person(r).full, ph=C.phone(r))
    d.f("Allergy list updated in EHR by {N:nurse} at {D:ta}. Premedication recommended for future "
        "{mod=CT}/{mod=MRI} contrast. Referring provider {N:ref} informed via secure message {EM:em}.\n"
        "Report filed by {N:radf}, {cred=MD}\n", nurse=nurse.init, ta=C.time(r, "ampm", h + 1, m + 14), ref=ref.full,
        em=C.email(r, ref, "stbrigid.test.example"), radf=rad.full)
    return mod


def incident_report(r, d):
    a, b, tech, mgr, rad, rep = NM.people(r, 6)
    # two patients with near-identical names: the classic wrong-patient near miss
    b.given, b.culture, b.sex = a.given, a.culture, a.sex
    day = C.rdate(r)
    m = r.choice(["CT", "MRI", "US"])
    d.f("SAFETY EVENT / NEAR-MISS REPORT   Event # {_:ev}\nFiled {D:fd} {D:ft} by {N:rep}, "
        "radiology tech lead\nLocation: {FAC:fac}, {mod:m} suite 2\n\n", ev="SE" + C.digits(r, 7),
        fd=C.date(r, day, ["us"]), ft=C.time(r), rep=rep.first_last, fac=NM.facility(r), m=m)
    d.f("{hdr=DESCRIPTION}: Two patients with similar names were in the waiting area: {N:a} (DOB {D:ad}, MRN {MRN:am}) "
        "and {N:b} (DOB {D:bd}, MRN {MRN:bm}). Technologist {N:tech} called \"{N:g}\" and the second patient "
        "answered. ", a=a.full, ad=C.date(r, lo=1940, hi=1999, fmts=["us"]), am=C.mrn(r), b=b.full,
        bd=C.date(r, lo=1940, hi=1999, fmts=["us"]), bm=C.mrn(r), tech=tech.first_last, g=a.given)
    d.f("Wristband check before scanning showed the mismatch; order was for " + r.choice([
        "{mod=CT} chest with contrast", "{mod=MRI} {an=lumbar spine}", "{mod=US} {an=left breast}"]) +
        " (ACC {ACC:acc}). No exam was performed on the wrong patient.\n", acc=C.acc(r))
    d.f("Contributing factors: both registered at {D:t} at the same kiosk; one patient hard of hearing; "
        "interpreter not yet arrived.\n", t=C.time(r, "ampm"))
    d.f("Patient {N:bs} was upset; a relative, {N:son}, asked to speak to a manager ({PH:ph}).\n",
        bs=b.family, son=NM.person(r).first_last, ph=C.phone(r))
    d.f("\n{hdr=ACTIONS}: huddle held {D:hd}; name alert flag added to both charts; manager {N:mgr} "
        "({EM:em}) notified; Dr. {N:rad} reviewed. Harm score: 0 (near miss).\n",
        hd=C.date(r, C.shift(day, 1), ["md", "mon_dot"]), mgr=mgr.full, em=C.email(r, mgr), rad=rad.family)
    return {"CT": "CT", "MRI": "MR", "US": "US"}[m]


def sms_scheduling(r, d):
    pt, agent, kid = NM.people(r, 3)
    ph = C.phone(r, r.choice(["paren", "plus"]))
    fac = NM.facility(r)
    exam = C.rdate(r)
    clock = [r.randint(7 * 60, 12 * 60)]
    tfmt = r.choice(["ampm", "hm"])

    def ts():
        clock[0] += r.randint(1, 25)
        return C.time(r, tfmt, clock[0] // 60, clock[0] % 60)
    low = r.random() < 0.6
    d.f("SMS thread export — {FAC:fac} Scheduling (two-way texting)\nContact: {PH:ph}\n\n", fac=fac, ph=ph)
    d.f("[{D:d0} {D:t}] Patient: " + ("hi need to move my " if low else "Hello, I need to reschedule my ") +
        r.choice(["mammo", "ct scan", "mri", "ultrasound"]) + " from " + ("thurs " if low else "Thursday ") +
        "{D:old}\n", d0=C.date(r, C.shift(exam, -5), ["md"]), t=ts(),
        old=C.fdate(C.shift(exam, -2), r.choice(["md", "lower", "month_day"])))
    d.f("[{D:t}] {FAC:fac}: Hi! To protect your privacy please reply with your full name and date of birth.\n",
        t=ts(), fac=fac)
    d.f("[{D:t}] Patient: {N:nm} {D:dob}\n", t=ts(), nm=pt.lower if low else pt.first_last,
        dob=C.date(r, lo=1940, hi=2004, fmts=["us_short", "us", "compact"]))
    d.f("[{D:t}] {FAC:fac}: Thank you {N:g}. We have {D:o1} at {D:o2} or {D:o3} at {D:o4} at our " +
        r.choice(["Eastgate", "Main"]) + " location. Reply 1 or 2.\n", t=ts(), fac=fac, g=pt.given,
        o1=C.fdate(exam, "mon_dot"), o2=C.time(r, "ampm"), o3=C.fdate(C.shift(exam, 2), "mon_dot"),
        o4=C.time(r, "ampm"))
    d.f("[{D:t}] Patient: 2" + (" pls. also my " if low else ". Also my ") + kid.rel("child") +
        " {N:kid} drives me, can u text " + kid.rel("herself") + " too {PH:kph}\n", t=ts(), kid=kid.lower if low else kid.first_last,
        kph=C.phone(r, "dash"))
    d.f("[{D:t}] {FAC:fac}: Booked. Confirmation {ACC:acc}. Address: ", t=ts(), fac=fac, acc=C.acc(r))
    d.put(NM.us_address(r, ", "))
    d.f(". Arrive 15 min early; no deodorant for mammograms. Prep info: {URL:url}\n",
        url=f"https://{C.slug(fac)[:12]}.test.example/prep?c={C.letters(r, 6).lower()}")
    if r.random() < 0.5:
        d.f("[{D:t}] Patient: " + ("ok ty. is my insurance still " if low else "OK thanks. Is my insurance still ") +
            "good? member {HP:hp}\n[{D:t2}] {FAC:fac}: {N:ag} from billing will call you from {PH:bph}.\n",
            t=ts(), hp=C.plan_id(r), t2=ts(), fac=fac, ag=agent.given, bph=C.phone(r, "paren"))
    d.f("[{D:t}] Patient: " + ("thx" if low else "Thank you!") + "\n", t=ts())
    return r.choice(["MG", "CT", "MR", "US"])


def hospice_note(r, d):
    pt, dau, rn, md, chap = NM.people(r, 5)
    if r.random() < 0.4:
        pt = NM.Person(pt.given, r.choice(["Parkinson", "Addison", "Cushing", "Graves", "Paget"]), "", "anglo", pt.sex)
    day = C.rdate(r)
    d.f("{FAC:fac}\nHOSPICE / PALLIATIVE CARE — IMAGING CONSULT NOTE\n{D:dd}   {D:tt}\n\n", fac=NM.facility(r, kind="hospice"), dd=C.date(r, day, ["long", "us"]),
        tt=C.time(r))
    d.f("Patient: {N:pt}, ", pt=pt.full)
    C.age_phrase(r, d, C.ages(r, r.random() < 0.65), "yo_dash")
    d.f(", MRN {MRN:mrn}, Medicare {HP:hp}. DNR/DNI.\n", mrn=C.mrn(r), hp=C.plan_id(r))
    d.f("Diagnosis: " + r.choice(["metastatic pancreatic adenocarcinoma", "end-stage {ep=Parkinson disease}",
                                  "advanced dementia with recurrent aspiration", "metastatic breast cancer to bone"]) + "\n")
    d.f("HCPOA: {N:dau}, adult child ({PH:dph}). Patient lives with them at ", dau=dau.first_last, dph=C.phone(r))
    d.put(NM.us_address(r, ", ", unit=False))
    d.f(".\n\nRequest: portable {mod=XR} at home for " + r.choice([
        "suspected {an=left hip} fracture after a fall on {D:fd}", "new dyspnea, ? effusion",
        "pain in the {an=right humerus}; known lytic lesion"]) + ".\n", fd=C.fdate(C.shift(day, -1), "md"))
    d.f("Goals-of-care discussion with {N:dg} and chaplain {N:chap}: imaging acceptable only if it changes comfort "
        "management. No transport to hospital. Prior {mod=CT} from {yr=" + str(day.year - 1) + "} showed " +
        r.choice(["{ms=3.4 cm} mass in the {an=pancreatic head}", "diffuse osseous metastases with {vl=T8} "
                  "compression", "small bilateral effusions"]) + ".\n", dg=dau.given, chap=chap.first_last)
    d.f("\n{hdr=FINDINGS} (mobile unit, tech {N:tech}, unit SN {SER:sn}): " + r.choice([
        "Displaced subcapital fracture of the {an=left femoral neck}.", "Moderate right {an=pleural effusion}.",
        "Pathologic fracture through a lytic lesion of the {an=right humeral shaft}."]) + "\n",
        tech=NM.person(r).init, sn=C.serial(r))
    d.f(("Mrs. " if pt.sex == "F" else "Mr. ") + "{N:pf} appears comfortable at rest. ", pf=pt.family)
    d.f("Plan: comfort-focused; called {N:rn}, hospice RN, at {D:ct}. Dr. {N:md} will adjust analgesia.\n"
        "— {N:mdf}, {cred=MD}\n", rn=rn.first_last, ct=C.time(r, "ampm"), md=md.family, mdf=md.full)
    return "XR"
