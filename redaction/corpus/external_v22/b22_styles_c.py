"""blind22 styles C: myelogram/LP notes, thyroid FNA notes, vertebroplasty consent talks, DVT call-backs."""

from __future__ import annotations

import b22_pools as P
from b22_clin import finding, modality_word
from b22_doc import ACC, AGE, FAC, MRN, PER, a90, age_mk, ana, cred, hdr, meas, sc, seq, vl
from b22_kit import dmk, doc_name, dtmk, fields, ini, nm, tel, titled, tmk


def myelogram_note(rng, d) -> str:
    ref = P.rand_date(rng)
    ids = P.IdStyle(rng)
    pt = P.patient(rng, ids, ref, lo=30, over89=0.1)
    rad, fel, tech = P.people(rng, 3)
    kind = rng.choice(["myelo", "lp", "lp"])
    lvl = rng.choice(["L2-L3", "L3-L4", "L4-L5", "L2-3", "L3-4"])
    if rng.random() < 0.5:
        d.line(rng.choice(["PROCEDURE NOTE", "Procedure: fluoroscopic lumbar puncture", "CT MYELOGRAM - PROCEDURE"]))
        fields(rng, d, [
            (["Patient", "Pt name"], nm(rng, pt.p, rng.choice(["LF", "lf"]))),
            (["MRN"], MRN(pt.mrn)),
            (["DOB"], dmk(rng, pt.dob, 'full'), 0.7),
            (["Date/time", "Performed"], dtmk(rng, ref)),
            (["Acc", "Accession #"], ACC(ids.acc()), 0.8),
            (["Operator", "Attending"], doc_name(rng, rad)),
            (["Fellow", "Assistant"], doc_name(rng, fel, ("MD", "DO")), 0.5),
        ])
    else:
        d.line(f"{dmk(rng, ref)} {tmk(rng)} - {'myelogram' if kind == 'myelo' else 'LP'} for {nm(rng, pt.p)} ({MRN(pt.mrn)}), "
               f"{age_mk(pt.age)} {rng.choice(['yo', 'y/o', 'years'])}. Attending {doc_name(rng, rad, form='dr')}.")
    d.line()
    ind = ("lumbar radiculopathy, MRI contraindicated (non-conditional pacemaker)" if kind == "myelo"
           else rng.choice(["r/o SAH with negative CT", "suspected NPH, high-volume tap", "opening pressure for IIH",
                            "CSF for cytology"]))
    d.line(f"{hdr(rng.choice(['Indication', 'INDICATION', 'Reason']))}: {ind}.")
    consent = rng.choice(["Risks incl. post-dural puncture headache, bleeding, infection, nerve injury discussed; written consent signed.",
                          "Consent obtained from patient.",
                          "Consent obtained from daughter" + (f" ({nm(rng, P.person(rng, sex='F'), 'short')}, HCPOA)" if rng.random() < 0.5 else "") + "."])
    d.line(consent)
    needle = rng.choice(["22G 3.5-inch Quincke", "20G spinal", "22G Whitacre", "22G 5-inch Quincke"])
    body = [f"Prone, {ana('interlaminar space')} at {vl(lvl)} localized with fluoroscopy; 1% lidocaine local.",
            f"{needle} needle advanced; clear CSF returned on first pass."]
    if kind == "myelo":
        body.append(f"{rng.choice(['Omnipaque 180', 'iohexol 240', 'Isovue-M 200'])}, {meas(str(rng.randrange(10, 17)) + ' mL')} instilled; contrast flowed to {vl(rng.choice(['T10', 'T12', 'C7']))}.")
        body.append(f"Post-myelogram {modality_word(rng, 'CT')}: {finding(rng, 'spine')}")
    else:
        body.append(f"Opening pressure {meas(str(rng.randrange(9, 38)) + ' cm H2O')}; {meas(str(rng.randrange(8, 40)) + ' mL')} removed"
                    f"{', closing ' + meas(str(rng.randrange(5, 15)) + ' cm H2O') if rng.random() < 0.6 else ''}.")
    body.append(f"Fluoro time {meas(f'{rng.uniform(0.2, 1.8):.1f} min')}. No immediate complications; EBL minimal.")
    d.line(" ".join(body))
    if rng.random() < 0.6:
        d.line(f"Specimens labeled at bedside by {PER(tech.short())}, {cred(rng.choice(['RT(R)', 'RT(R)(CT)', 'CNA']))} and sent to "
               f"{FAC(P.facility(rng, 'Medical Center'))} lab at {tmk(rng)}.")
    d.line(rng.choice([f"Flat x1 h. Call {tel(rng)} for headache > 24 h.", "Bedrest 1 h then ambulate; discharge instructions given.",
                       f"F/u with {doc_name(rng, P.person(rng), ('MD', 'NP'), 'dr')} in clinic."]))
    d.line(f"-- {ini(rad)}" if rng.random() < 0.3 else f"Electronically signed: {doc_name(rng, rad, form='lfcred')} {dmk(rng, ref, 'mdY')} {tmk(rng)}")
    return "XR"


def thyroid_fna(rng, d) -> str:
    ref = P.rand_date(rng)
    ids = P.IdStyle(rng)
    pt = P.patient(rng, ids, ref, lo=22, over89=0.06)
    rad, cyto, sono = P.people(rng, 3)
    side = rng.choice(["right", "left"])
    passes = rng.randrange(2, 6)
    acc = ids.acc()
    head = rng.randrange(3)
    if head == 0:
        d.line(f"US-GUIDED THYROID FNA  |  {nm(rng, pt.p, 'LF')}  |  MRN {MRN(pt.mrn)}  |  {dmk(rng, ref)}")
    elif head == 1:
        d.line("Ultrasound-guided fine needle aspiration, thyroid")
        d.line(f"Patient: {nm(rng, pt.p)}   DOB: {dmk(rng, pt.dob, 'full')}   Acc: {ACC(acc)}")
        d.line(f"Date: {dmk(rng, ref)}  Time out: {tmk(rng)}")
    else:
        d.line(f"{nm(rng, pt.p, 'lf')} - {age_mk(pt.age)}{rng.choice(['F', 'M', ' yo'])} - {MRN(pt.mrn)}")
        d.line(f"Thyroid FNA performed {dtmk(rng, ref, sep=' ')} by {doc_name(rng, rad)}")
    d.line()
    d.line(f"{hdr(rng.choice(['Target', 'TARGET NODULE', 'Indication']))}: {finding(rng, 'thyroid')}")
    if rng.random() < 0.5:
        d.line(f"Prior {modality_word(rng, 'US')} {dmk(rng, P.shift(ref, -rng.randrange(30, 400)), rng.choice(['mdY', 'md', 'MondY']))} at "
               f"{FAC(P.facility(rng))}: {meas(f'{rng.uniform(0.8, 2.9):.1f} cm')} at that time.")
    d.line(f"{hdr(rng.choice(['Procedure', 'TECHNIQUE']))}: Time-out performed. Skin prepped, 1% lidocaine. "
           f"{passes} passes with {rng.choice(['25G', '27G', '25-gauge'])} needles, {rng.choice(['capillary', 'aspiration', 'capillary and aspiration'])} technique, "
           f"in the {ana(side + ' thyroid lobe')}. On-site adequacy by {PER(cyto.short())}, {cred(rng.choice(['CT(ASCP)', 'SCT(ASCP)', 'MD']))}: "
           f"{rng.choice(['adequate', 'adequate after 3rd pass', 'scant, additional passes taken'])}.")
    if rng.random() < 0.4:
        d.line(f"Additional pass for {rng.choice(['ThyroSeq', 'Afirma'])} molecular testing; specimen ID {ACC(ids.acc())}.")
    d.line(f"{hdr('Complications')}: None. Hemostasis with manual compression {meas(str(rng.randrange(3, 10)) + ' min')}.")
    if rng.random() < 0.6:
        d.line(f"Images acquired by {PER(sono.short())}, {cred(rng.choice(['RDMS', 'RDMS, RVT', 'RT(S)']))}.")
    d.line(rng.choice([f"Results to {doc_name(rng, P.person(rng), ('MD',), 'dr')} (endocrinology); pt to call {tel(rng)} if neck swelling.",
                       "Pt tolerated well; discharged ambulatory.", f"Path expected within 3 business days; f/u visit {dmk(rng, P.shift(ref, 7), 'Mon.d')}."]))
    d.line(doc_name(rng, rad) if rng.random() < 0.7 else f"{ini(rad)}/{ini(sono)}")
    return "US"


def vertebro_consent(rng, d) -> str:
    ref = P.rand_date(rng)
    ids = P.IdStyle(rng)
    pt = P.patient(rng, ids, ref, lo=62, hi=88, over89=0.35)
    rad, proxy, interp = P.people(rng, 3)
    if pt.p.kind != "mononym" and rng.random() < 0.5:
        proxy.family = pt.p.family
    lvl = rng.choice(["T12", "L1", "L2", "T11", "L3"])
    rel = rng.choice(["daughter", "niece", "wife"] if proxy.sex == "F" else ["son", "husband", "grandson", "nephew"])
    if pt.p.sex == "F":
        rel = {"wife": "daughter"}.get(rel, rel)
    else:
        rel = {"husband": "son"}.get(rel, rel)
    poss = "her" if pt.p.sex == "F" else "his"
    kin = {"daughter": "mother" if pt.p.sex == "F" else "father", "son": "mother" if pt.p.sex == "F" else "father",
           "niece": "aunt" if pt.p.sex == "F" else "uncle", "nephew": "aunt" if pt.p.sex == "F" else "uncle",
           "grandson": "grandmother" if pt.p.sex == "F" else "grandfather", "husband": "wife", "wife": "husband"}[rel]
    d.line(rng.choice(["IR CLINIC - PROCEDURE CONSENT DISCUSSION", "Vertebral augmentation: informed consent note",
                       "Consent discussion (kyphoplasty/vertebroplasty)"]))
    if rng.random() < 0.6:
        d.line(f"{nm(rng, pt.p, rng.choice(['LF', 'lf']))}   MRN {MRN(pt.mrn)}   {dmk(rng, ref)}")
    else:
        d.line(f"Date: {dtmk(rng, ref)}")
        d.line(f"Patient: {nm(rng, pt.p)} (DOB {dmk(rng, pt.dob, 'full')})")
    d.line()
    age = f"{AGE(pt.age) if pt.age > 89 else a90(pt.age)}{rng.choice(['-year-old', ' y/o', ' yo'])}"
    who = f"{rel} {nm(rng, proxy, 'short')}"
    d.line(f"Met with {titled(rng, pt.p)}, a {age} {'woman' if pt.p.sex == 'F' else 'man'}, and {poss} {who}"
           f"{' (health care proxy)' if rng.random() < 0.5 else ''}"
           + (f", with {rng.choice(['Polish', 'Russian', 'Samoan', 'Amharic', 'Turkish'])} interpreter {PER(interp.short())} by video" if rng.random() < 0.35 else "")
           + f", to discuss vertebral augmentation of {vl(lvl)}.")
    d.line(f"{modality_word(rng, 'MR')} {dmk(rng, P.shift(ref, -rng.randrange(3, 30)), rng.choice(['md', 'mdY', 'Mon.d']))}: "
           f"{rng.choice(['Acute', 'Subacute', 'Recent'])} compression fracture of {vl(lvl)} with {meas(str(rng.randrange(15, 55)) + '%')} height loss and edema on {seq(rng.choice(['STIR', 'sagittal STIR', 'T2 fat-sat']))}. Pain {sc(str(rng.randrange(6, 11)) + '/10')} despite {rng.choice(['oxycodone', 'tramadol', 'a TLSO brace', 'calcitonin'])}.")
    d.line(f"{hdr(rng.choice(['Risks discussed', 'RISKS']))}: cement leakage (into {ana('epidural space')} or {ana('paravertebral veins')}), "
           f"new adjacent-level fracture, infection, bleeding, rib fracture from prone positioning, rare pulmonary cement embolism.")
    d.line(f"{hdr(rng.choice(['Alternatives', 'ALTERNATIVES']))}: continued conservative care, bracing, physical therapy.")
    if rng.random() < 0.5:
        d.line(f"{PER(proxy.given)} asked whether {'her' if proxy.sex == 'F' else 'his'} {kin} could go home the same day; "
               f"answered yes if pain controlled and ambulating.")
    d.line(f"Procedure booked {dtmk(rng, P.shift(ref, rng.randrange(3, 15)), sep=' at ')} with {rng.choice(['moderate sedation', 'MAC anesthesia'])}.")
    if rng.random() < 0.5:
        d.line(f"Contact for day-before call: {PER(proxy.given)} {tel(rng)}")
    d.line(f"{doc_name(rng, rad, ('MD', 'DO', 'PA-C'), rng.choice(['comma', 'lfcred', 'il']))}")
    return "XR"


def dvt_callback(rng, d) -> str:
    ref = P.rand_date(rng)
    ids = P.IdStyle(rng)
    pt = P.patient(rng, ids, ref, over89=0.12)
    rad, oc, sono = P.people(rng, 3)
    pos = rng.random() < 0.55
    side = rng.choice(["LEFT", "RIGHT", "BILATERAL"])
    t_exam = P.rand_time(rng, 7, 20)
    t_call = (t_exam[0] + 1, rng.choice([2, 14, 27, 41]))
    head = rng.randrange(3)
    if head == 0:
        d.line(f"US VENOUS DUPLEX {side} LOWER EXTREMITY - {'POSITIVE' if pos else 'NEGATIVE'} - CALL-BACK DOCUMENTATION")
        fields(rng, d, [
            (["Pt", "Patient"], nm(rng, pt.p, "LF")),
            (["MRN"], MRN(pt.mrn)),
            (["Acc", "Accession"], ACC(ids.acc())),
            (["Exam completed", "Completed"], dtmk(rng, ref, t_exam)),
        ], sep=": ", joiner="  ")
        d.line()
    elif head == 1:
        d.line(f"Duplex call-back — {nm(rng, pt.p)} — {ACC(ids.acc())}")
    else:
        d.line(f"Call-back log {dmk(rng, ref)}")
        d.line(f"{nm(rng, pt.p, 'lf')} ({age_mk(pt.age)}{'F' if pt.p.sex == 'F' else 'M'}), MRN {MRN(pt.mrn)}, ED/outpt")
    d.line(f"{hdr(rng.choice(['FINDINGS', 'Result', 'Findings']))}: " + (finding(rng, "dvt") if pos else
           f"No DVT. {finding(rng, 'dvt') if rng.random() < 0.4 else ''}".strip()))
    who = rng.choice(["ordering provider", "covering provider", "patient"])
    if who == "patient":
        d.line(f"Ordering office closed; per policy {rng.choice(['sonographer', 'radiologist'])} called patient at {tel(rng)} at "
               f"{tmk(rng, t_call, 'end')}. Spoke with {titled(rng, pt.p)}" + (", advised to go to the ED tonight." if pos else ", reassured.") +
               f" Message also left for {doc_name(rng, oc, ('MD', 'NP', 'PA-C'))}.")
    else:
        d.line(f"{'Critical' if pos else 'Routine'} result called to {doc_name(rng, oc, ('MD', 'DO', 'NP', 'PA-C'))} "
               f"({who}) at {tmk(rng, t_call)} on {dmk(rng, ref, rng.choice(['md', 'mdY', 'Mon.d']))} via {rng.choice(['pager', 'phone', 'secure chat', 'Vocera'])}; read-back confirmed.")
    if pos and rng.random() < 0.6:
        d.line(f"Plan per {PER(oc.last())}: {rng.choice(['apixaban loading dose', 'enoxaparin 1 mg/kg', 'repeat duplex in 1 week'])}.")
    if rng.random() < 0.5:
        d.line(f"Scanned by {PER(sono.short())}, {cred(rng.choice(['RVT', 'RDMS', 'RVT, RDCS']))}; read by {doc_name(rng, rad, form='dr')}.")
    else:
        d.line(f"{doc_name(rng, rad, ('MD', 'DO'), 'comma')} {dmk(rng, ref, 'md')} {tmk(rng, (t_call[0], t_call[1] + 3))}")
    return "US"
