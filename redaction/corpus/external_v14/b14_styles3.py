"""blind14 styles: obstetric ultrasound, paediatric note with guardians, cardiac MRI/CT, stroke-alert timeline."""

from __future__ import annotations

import sys

C = sys.modules["b14_core"]
NM = sys.modules["b14_names"]


def ob_ultrasound(r, d):
    pt, mom, partner, cnm, son, mfm = NM.people(r, 6, None, "FF")
    exam = C.rdate(r)
    lmp = C.shift(exam, -r.randint(130, 150))
    edd = C.shift(lmp, 280)
    mage = r.randint(19, 44)
    d.f("{FAC:fac}\nMaternal-Fetal Medicine Ultrasound\n\n{hdr=OBSTETRIC ULTRASOUND} — DETAILED ANATOMY (76811)\n"
        "Patient: {N:pt}   DOB: {D:dob}   MRN: {MRN:mrn}   Acc: {ACC:acc}\nExam date: {D:ex}  {D:et}\n"
        "G" + str(r.randint(1, 5)) + "P" + str(r.randint(0, 3)) + "   LMP {D:lmp}   EDD by LMP {D:edd}\n"
        "Referring: {N:cnm}, CNM   Sonographer: {N:son}, RDMS\n\n",
        fac=NM.facility(r, kind="ob"), pt=pt.LF, dob=C.date(r, C.dob_for(r, exam, mage)), mrn=C.mrn(r), acc=C.acc(r),
        ex=C.date(r, exam, ["us"]), et=C.time(r, "ampm"), lmp=C.date(r, lmp, ["us"]), edd=C.date(r, edd, ["us"]),
        cnm=cnm.full, son=son.first_last)
    d.f("{hdr=HISTORY}: ", )
    C.age_phrase(r, d, mage, "yo_dash")
    d.f(" referred for " + r.choice(["advanced maternal age", "echogenic bowel on outside scan",
                                      "prior child with {ep=Wilms tumor}", "maternal {ep=Crohn disease}",
                                      "maternal {ep=Graves disease} on methimazole"]) + ". ")
    d.f("Accompanied by partner {N:pa} and her mother {N:mo}. ", pa=partner.first_last, mo=mom.full)
    if r.random() < 0.5:
        d.f("Partner asked that images be emailed to {EM:em}; declined per policy and offered portal access.\n",
            em=C.email(r, partner))
    else:
        d.f("Family plans to name the baby {N:baby}; fetal sex disclosed at their request.\n",
            baby=r.choice(["Summer", "Hope", "Grace", "Ivy", "Oluwadamilare", "Xiaoyu", "Santiago"]))
    ga = r.randint(18, 22)
    d.f("\n{hdr=FINDINGS}: Single live intrauterine pregnancy, cephalic. FHR " + str(r.randint(130, 160)) + " bpm.\n"
        "Biometry: BPD {ms:bpd}, HC {ms:hc}, AC {ms:ac}, FL {ms:fl}; EFW " + str(r.randint(250, 480)) + " g (" +
        str(r.randint(20, 70)) + "th percentile). Composite GA " + str(ga) + "w" + str(r.randint(0, 6)) + "d.\n"
        "Anatomy: {an=cerebellum}, {an=cisterna magna} ({ms:cm}), {an=four-chamber heart}, outflow tracts, "
        "{an=stomach}, {an=kidneys}, {an=bladder} seen. Placenta posterior, {ms:pl} from the {an=internal os}.\n",
        bpd=f"{r.uniform(4.0, 5.6):.1f} cm", hc=f"{r.uniform(15, 21):.1f} cm", ac=f"{r.uniform(13, 18):.1f} cm",
        fl=f"{r.uniform(2.8, 4.0):.1f} cm", cm=f"{r.randint(3, 8)} mm", pl=f"{r.uniform(2.5, 5.0):.1f} cm")
    d.f("Cervical length {ms:cl} transvaginally.\n\n{hdr=IMPRESSION}: " + r.choice([
        "No structural anomaly identified.", "Echogenic intracardiac focus, isolated.",
        "Mild left pyelectasis, {ms=5 mm}; follow-up advised."]) + " Growth scan {D:fu} at {FAC:fac2}.\n\n"
        "{N:mfm}, {cred=MD}, Maternal-Fetal Medicine  {D:sd}\n", cl=f"{r.uniform(2.8, 4.6):.1f} cm",
        fu=C.date(r, C.shift(exam, 28), ["month_day", "md"]), fac2=NM.facility(r), mfm=mfm.full,
        sd=C.date(r, exam, ["us_short"]))
    return "US"


PEDS = [("skeletal survey", "XR", "Healing posterior rib fractures at the {an=left 6th and 7th ribs}; "
         "classic metaphyseal lesion at the {an=distal femur}. Findings reported to child protection."),
        ("sedated {mod=MRI} abdomen", "MR", "{ms=6.1 x 5.4 cm} mass of the {an=right kidney} with claw sign, "
         "favored {ep=Wilms tumor}. {sq=DWI} restriction present."),
        ("Meckel scan", "NM", "Focal tracer accumulation in the {an=right lower quadrant} consistent with "
         "{ep=Meckel diverticulum}."),
        ("{mod=XR} knees", "XR", "Fragmentation of the {an=tibial tubercle} with soft-tissue swelling, "
         "compatible with {ep=Osgood-Schlatter disease}."),
        ("{mod=US} hips", "US", "{an=Alpha angle} 52 degrees on the left; immature hip, recheck in 6 weeks.")]


def peds_guardian(r, d):
    kid, g1, g2, cw, cls, rad = NM.people(r, 6)
    exam = C.rdate(r)
    proc, mod, finding = r.choice(PEDS)
    age = r.randint(1, 16)
    d.f("{FAC:fac} — Pediatric Radiology\nExam: " + proc + "   Date: {D:ex}   Accession {ACC:acc}\n"
        "Patient: {N:kid} (goes by \"{N:nick}\")   MRN {MRN:mrn}   DOB {D:dob}   Age ",
        fac=NM.facility(r, kind="peds"), ex=C.date(r, exam), acc=C.acc(r), kid=kid.full, nick=kid.given.split()[-1 if kid.culture == "vietnamese" else 0],
        mrn=C.mrn(r), dob=C.date(r, C.shift(exam, -365 * age - r.randint(1, 300)), ["us"]))
    d.span("age", f"{age} y.o." if age > 2 else f"{age * 12 + r.randint(0, 11)} months")
    rel = r.choice([g1.rel("foster"), g1.rel("grandparent") + " (legal guardian)", g1.rel("parent"),
                    g1.rel("aunt") + ", custodial guardian"])
    d.f("\nGuardian present: {N:g1}, " + rel + "; consent signed at {D:ct}. ", g1=g1.first_last, ct=C.time(r))
    if r.random() < 0.5:
        d.f("Biological parent {N:g2} is not to receive information (court order on file). ", g2=g2.full)
    d.f("DCFS caseworker {N:cw} ({PH:cph}) notified.\n" if "skeletal" in proc else
        "Child life specialist {N:cw} prepared patient with a tablet game.\n", cw=cw.first_last, cph=C.phone(r))
    d.f("Guardian address: ")
    d.put(NM.us_address(r, ", "))
    d.f("   Home phone {PH:hp}\n\n{hdr=FINDINGS}: " + finding + "\n\n", hp=C.phone(r))
    d.f("{hdr=IMPRESSION}: see above. Discussed with Dr. {N:ref} at {D:t2}.\n{N:rad}, {cred=MD}\n",
        ref=cls.family, t2=C.time(r, "hm"), rad=rad.full)
    return mod


CARDIAC = ["MRI", "CT"]


def cardiac_imaging(r, d):
    pt, ref, rad, tech = NM.people(r, 4)
    exam = C.rdate(r)
    kind = r.choice(CARDIAC)
    age = C.ages(r, r.random() < 0.2)
    d.f("{FAC:fac}\n", fac=NM.facility(r))
    if kind == "MRI":
        d.f("{hdr=CARDIAC MRI REPORT}\n")
    else:
        d.f("{hdr=CORONARY CT ANGIOGRAPHY REPORT}\n")
    d.f("Name: {N:pt}  |  MRN {MRN:mrn}  |  DOB {D:dob}  |  Acc {ACC:acc}\nDate of service: {D:ex}  Start {D:st}\n"
        "Referring: {N:ref} (cardiology)   Tech: {N:tech}\n", pt=pt.caps, mrn=C.mrn(r), dob=C.date(r, C.dob_for(r, exam, age)),
        acc=C.acc(r), ex=C.date(r, exam), st=C.time(r), ref=ref.init, tech=tech.first_last)
    d.f("{hdr=INDICATION}: ")
    C.age_phrase(r, d, age)
    if kind == "MRI":
        d.f(" with " + r.choice(["suspected cardiac sarcoidosis", "new cardiomyopathy", "myocarditis after viral illness",
                                  "suspected amyloid"]) + ".\n")
        if r.random() < 0.6:
            d.f("Device: MR-conditional ICD, generator SN {SER:s1}, RV lead SN {SER:s2}; programmed MRI mode by "
                "{N:ep} at {D:pt}.\n", s1=C.serial(r), s2=C.serial(r), ep=NM.person(r).first_last, pt=C.time(r, "hm"))
        d.f("{hdr=TECHNIQUE}: 1.5 T. Cine SSFP, {sq=T2 STIR}, native {sq=T1 mapping}, first-pass perfusion, "
            "{sq=LGE} at 10 minutes.\n{hdr=FINDINGS}: LVEF " + str(r.randint(25, 65)) + "%. LVEDV index " +
            str(r.randint(70, 130)) + " mL/m2. Basal septal wall {ms:w}. ", w=f"{r.randint(8, 17)} mm")
        d.f(r.choice(["Patchy mid-wall {sq=LGE} in the {an=basal inferolateral wall}.", "No {sq=LGE}.",
                      "Diffuse subendocardial {sq=LGE}; native {sq=T1} elevated."]) + "\n")
    else:
        d.f(" with atypical chest pain.\n{hdr=TECHNIQUE}: prospective ECG gating, HR 58 after metoprolol; scanner SN "
            "{SER:s}.\n{hdr=FINDINGS}: Agatston score {sc:ag}. ", s=C.serial(r), ag=str(r.randint(0, 900)))
        d.f("{an=Proximal LAD} mixed plaque with {ms:st} stenosis; {an=right coronary artery} minimal plaque.\n"
            "{hdr=IMPRESSION}: {sc:cr}.\n", st=r.choice(["50-69%", "25-49%", "70%"]),
            cr=r.choice(["CAD-RADS 3", "CAD-RADS 2", "CAD-RADS 4A"]))
    d.f("Incidental: " + r.choice(["{ms=4 mm} solid nodule {an=right lower lobe}; per {sc=Fleischner} no follow-up.",
                                   "small {ep=Bochdalek hernia}.", "none."]) + "\n")
    d.f("Read by {N:rad}, {cred=MD}  {D:sd}  {D:stt}\n", rad=rad.full, sd=C.date(r, exam, ["us"]), stt=C.time(r, "hm"))
    return "MR" if kind == "MRI" else "CT"


def stroke_timeline(r, d):
    pt, wit, neuro, rad, tech, ed = NM.people(r, 6)
    day = C.rdate(r)
    h = r.randint(0, 21)
    fmt = r.choice(["hm", "mil", "hms"])
    t = lambda m: C.time(r, fmt, (h + m // 60) % 24, m % 60)
    d.f("{hdr=CODE STROKE TIMELINE} — {FAC:fac}\n{N:pt}   MRN {MRN:mrn}   FIN {ACCT:fin}\nDate {D:day}\n",
        fac=NM.facility(r), pt=pt.LF, mrn=C.mrn(r), fin=C.account(r), day=C.date(r, day))
    d.f("Age ")
    C.age_phrase(r, d, C.ages(r, r.random() < 0.25), r.choice(["Y", "years"]))
    d.f(". Last known well {D:lkw} per " + r.choice([wit.rel("spouse"), "neighbor", wit.rel("child"), "home aide"]) +
        " {N:wit} (cell {PH:wph}).\n\n", lkw=t(0), wit=wit.first_last, wph=C.phone(r))
    rows = [(32, "Door (EMS pre-notification)"), (36, "Stroke team at bedside — Dr. {N:neuro}"),
            (41, "{sc=NIHSS 14} documented"), (44, "{mod=CT} head non-contrast start (ACC {ACC:a1})"),
            (47, "{mod=CT} angiogram head/neck (ACC {ACC:a2}); {mod=CT} perfusion"),
            (51, "Prelim read called by Dr. {N:rad}: no hemorrhage, {sc=ASPECTS 8}, {an=left M1} occlusion"),
            (55, "Tenecteplase bolus"), (62, "NIR activated; consent from {N:wit2} by phone"),
            (88, "Groin puncture"), (121, "TICI 2b reperfusion")]
    for m, what in rows:
        d.f("{D:tt}  " + what + "\n", tt=t(m), neuro=neuro.family, a1=C.acc(r), a2=C.acc(r), rad=rad.family,
            wit2=wit.init)
    d.f("\nCT technologist: {N:tech}. ED attending: {N:ed}. Perfusion maps pushed to {URL:url}\n"
        "Door-to-needle " + "23 min; door-to-puncture 56 min.\n", tech=tech.first_last, ed=ed.full,
        url=f"http://{C.ip(r)}/rapid/case/{C.digits(r, 7)}")
    return "CT"
