"""blind14 styles: veterinary mix-up, Commonwealth reports, Middle-East/Africa reports, image-share requests."""

from __future__ import annotations

import sys

C = sys.modules["b14_core"]
NM = sys.modules["b14_names"]

PETS = [("Biscuit", "canine, Labrador retriever"), ("Rosie", "canine, beagle"), ("Sir Waffles", "feline, DSH"),
        ("Duke", "canine, German shepherd"), ("Pepper", "feline, Maine coon"), ("Charlie", "canine, dachshund"),
        ("Mochi", "rabbit, Holland lop"), ("Bella", "canine, golden retriever")]
VET_FIND = ["Cranial drawer sign; effusion in the {an=stifle}; suspect cranial cruciate ligament rupture.",
            "Intervertebral disc extrusion at T13-L1 with cord compression.",
            "Gastric dilatation without volvulus.", "Metallic foreign body in the {an=jejunum}, {ms=1.2 cm}."]


def vet_mixup(r, d):
    owner, human, vet, pacs, rad = NM.people(r, 5)
    hc = "polish" if owner.culture == "polish" else ("anglo" if human.culture in NM.FAMILY_FIRST else human.culture)
    human = NM.Person(human.given, owner.family, human.middle, hc, human.sex)
    pet, kind = r.choice(PETS)
    day = C.rdate(r)
    d.f("PACS RECONCILIATION TICKET — misfiled outside study\nOpened {D:od} {D:ot} by {N:pacs} (PACS admin)\n\n",
        od=C.date(r, day), ot=C.time(r), pacs=pacs.first_last)
    d.f("What happened: a {mod=CT} from {FAC:vc} (a veterinary hospital) was pushed to our archive from {IP:ip} and "
        "auto-matched to human patient {N:h} (MRN {MRN:m}, DOB {D:hd}) because the DICOM patient name field held the "
        "owner's name \"{N:ohl7}^" + pet.upper() + "\".\n", vc=r.choice(["Maple Run Veterinary Referral Hospital",
                                                    "Cross Creek Animal Emergency Center",
                                                    "Brightpaw Veterinary Specialists"]),
        ip=C.ip(r), h=human.LF, m=C.mrn(r), hd=C.date(r, lo=1940, hi=2000), ohl7=owner.family.upper())
    d.f("Study: Accession {ACC:a} dated {D:sd}; series description \"" + r.choice(["STIFLE L", "TL SPINE", "ABD"]) +
        "\". Animal patient: " + pet + " (" + kind + ").\n", a=C.acc(r), sd=C.date(r, C.shift(day, -1), ["compact"]))
    d.f("Owner of record: {N:o}, ", o=owner.full)
    d.put(NM.us_address(r, ", "))
    d.f(", {PH:oph}, client account {ACCT:ca}.\n", oph=C.phone(r), ca=C.account(r))
    d.f("Referring veterinarian: {N:vet}, DVM ({EM:vem}).\nVet report excerpt: " + r.choice(VET_FIND) + "\n\n",
        vet=vet.full, vem=C.email(r, vet))
    d.f("Human chart check: {N:hf} has no order for this date; " + human.rel("her") + " last study was {mod=MRI} {an=brain} on {D:ld} "
        "read by Dr. {N:rad} ({sq=T2 FLAIR}, unremarkable).\n", hf=human.first_last, ld=C.date(r, fmts=["us"]),
        rad=rad.family)
    d.f("Action: study moved to quarantine; vendor asked to block AE VETCT01; {N:vet2}'s office informed by phone "
        "{PH:vph}. Closed {D:cd}.\n", vet2=vet.family, vph=C.phone(r, "paren"),
        cd=C.date(r, C.shift(day, 2), ["md", "mon_dot"]))
    return "CT"


def _ca(r):
    city, prov = r.choice([("Toronto", "ON"), ("Hamilton", "ON"), ("Winnipeg", "MB"), ("Halifax", "NS"),
                           ("Saskatoon", "SK"), ("Kelowna", "BC")])
    pc = f"{C.letters(r, 1)}{r.randint(0, 9)}{C.letters(r, 1)} {r.randint(0, 9)}{C.letters(r, 1)}{r.randint(0, 9)}"
    return dict(card="Health card", hp=f"{C.digits(r, 4)}-{C.digits(r, 3)}-{C.digits(r, 3)}-{C.letters(r, 2)}",
                mrn_lbl="Chart #", addr=[("ST", NM.street(r)), (None, ", "), ("CITY", city), (None, f", {prov} "),
                                          ("ZIP", pc)],
                ph=f"{r.choice(['416', '905', '204', '902'])}-555-{r.randint(100, 199):04d}", fmts=["iso", "long"],
                cred="FRCPC", nid=None)


def _au(r):
    sub, state, pc = r.choice([("Parramatta", "NSW", "2150"), ("Fitzroy", "VIC", "3065"), ("Toowong", "QLD", "4066"),
                               ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045")])
    return dict(card="Medicare", hp=f"{C.digits(r, 4)} {C.digits(r, 5)} {r.randint(1, 9)}", mrn_lbl="URN",
                addr=[("ST", f"Unit {r.randint(1, 20)}/{r.randint(2, 120)} {r.choice(['Wattle', 'Banksia', 'Jacaranda'])}"
                       f" {r.choice(['St', 'Pde', 'Cres'])}"), (None, ", "), ("CITY", sub), (None, f" {state} "),
                      ("ZIP", pc)],
                ph=r.choice([f"(0{r.randint(2, 8)}) 5550 {C.digits(r, 4)}", f"04{C.digits(r, 2)} 555 {C.digits(r, 3)}"]),
                fmts=["dmy", "eu_long"], cred="FRANZCR", nid=None)


def _in(r):
    city, st = r.choice([("Bengaluru", "Karnataka"), ("Chennai", "Tamil Nadu"), ("Pune", "Maharashtra"),
                         ("Kochi", "Kerala"), ("Hyderabad", "Telangana")])
    return dict(card="ABHA", hp=f"{C.digits(r, 2)}-{C.digits(r, 4)}-{C.digits(r, 4)}-{C.digits(r, 4)}",
                mrn_lbl="UHID", addr=[("ST", f"Flat {r.randint(101, 904)}, {r.choice(['Sai Krupa', 'Lotus Heights', 'Green Meadows'])}"
                                       f" Apartments, {r.randint(2, 18)}th Cross"), (None, ", "), ("CITY", city),
                                      (None, f", {st} "), ("ZIP", f"{r.randint(5, 6)}{C.digits(r, 5)}")],
                ph=f"+91 {r.randint(70, 99)}{C.digits(r, 3)} 555{C.digits(r, 2)}", fmts=["dmy", "dmy_abbr_sp"],
                cred="MD (Radiodiagnosis)", nid=("Aadhaar", f"{C.digits(r, 4)} {C.digits(r, 4)} {C.digits(r, 4)}"))


def _uk(r):
    city = r.choice(["Leeds", "Bristol", "Cardiff", "Glasgow", "Norwich"])
    pc = f"{C.letters(r, 2)}{r.randint(1, 19)} {r.randint(1, 9)}{C.letters(r, 2)}"
    return dict(card="NHS No.", hp=f"{C.digits(r, 3)} {C.digits(r, 3)} {C.digits(r, 4)}", mrn_lbl="Hospital No.",
                addr=[("ST", NM.street(r)), (None, ", "), ("CITY", city), (None, " "), ("ZIP", pc)],
                ph=f"0{r.randint(113, 191)} 555 {C.digits(r, 4)}", fmts=["dmy", "eu_long"], cred="FRCR", nid=None)


COUNTRY = {"Canada": (_ca, "indian"), "Australia": (_au, "vietnamese"), "India": (_in, "indian"), "UK": (_uk, "polish")}
CW_REPORTS = [("{mod=MRI} LUMBAR SPINE", "Disc extrusion at {vl=L5-S1} contacting the left S1 nerve root. "
               "{ep=Schmorl node} at {vl=L1}.", "MR", "{vl=L5-S1} extrusion with S1 root contact."),
              ("{mod=US} THYROID", "{ms=1.4 x 1.1 cm} solid hypoechoic nodule in the {an=right lobe}, {sc=TI-RADS 4}. "
               "Background features of {ep=Hashimoto thyroiditis}.", "US", "{sc=TI-RADS 4} nodule; FNA recommended."),
              ("{mod=CT} CHEST", "{ms=8 mm} part-solid nodule {an=left upper lobe}; {sc=Lung-RADS 4A}.", "CT", "Suspicious nodule, {sc=Lung-RADS 4A}; {mod=CT} in 3 months."),
              ("{mod=XR} RIGHT WRIST", "Extra-articular distal radius fracture with dorsal tilt: {ep=Colles fracture}.",
               "XR", "Distal radius fracture."),
              ("{mod=MRI} PELVIS", "Complex adnexal lesion {ms=5.2 cm}, {sc=O-RADS 4}.", "MR", "{sc=O-RADS 4} adnexal lesion; gynae-oncology referral.")]


CW_FACS = {"Canada": ["Lakeshore Community Health Centre", "Prairie Aspen General Hospital"],
           "Australia": ["Jacaranda Private Imaging", "Harbourside General Hospital"],
           "India": ["Sree Vasavi Multispeciality Hospital", "Kaveri Lifeline Diagnostics"],
           "UK": ["Pennine Moor NHS Trust", "Ashgrove Royal Infirmary"]}
MENA_FACS = [["Al Noor Specialist Hospital", "Creekside Diagnostic Centre"], ["Corniche Diagnostic Centre",
             "Al Wafa Specialist Hospital"], ["Lagoon View Teaching Hospital", "Ikoyi Crescent Clinic"],
             ["Table Bay Radiology Group", "Fynbos Medical Imaging"], ["Rift Valley Imaging Centre",
                                                                       "Jacaranda Hill Hospital"]]


def intl_commonwealth(r, d):
    country = r.choice(list(COUNTRY))
    make, cult = COUNTRY[country]
    L = make(r)
    pt = NM.person(r, r.choice([cult, None]))
    gp, rad, nok = NM.people(r, 3)
    exam = C.rdate(r)
    title, finding, mod, concl = r.choice(CW_REPORTS)
    age = C.ages(r, r.random() < 0.2)
    d.f("{FAC:fac}\n" + country + " — Department of Medical Imaging\n\nSurname: {N:sur}   Given names: {N:giv}\n"
        "DOB: {D:dob}   " + L["mrn_lbl"] + ": {MRN:mrn}   " + L["card"] + ": {HP:hp}\n",
        fac=r.choice(CW_FACS[country]), sur=pt.family.upper(), giv=pt.given,
        dob=C.date(r, C.dob_for(r, exam, age), L["fmts"]), mrn=C.mrn(r), hp=L["hp"])
    if L["nid"]:
        d.f(L["nid"][0] + ": {SSN:nid}\n", nid=L["nid"][1])
    d.w("Address: ")
    d.put(L["addr"])
    d.f("   Ph {PH:ph}\nNext of kin: {N:nok}\nReferrer: Dr {N:gp} (GP)   Exam date: {D:ex}   Episode {ACCT:ep}\n\n",
        ph=L["ph"], nok=nok.full, gp=gp.init, ex=C.date(r, exam, L["fmts"]), ep=C.account(r))
    d.f(title + "\n\n{hdr=CLINICAL DETAILS}: ")
    C.age_phrase(r, d, age, r.choice(["yo", "Y", "years"]))
    d.f(", " + r.choice(["pain for 6 weeks", "incidental finding on GP bloods", "fall onto outstretched hand",
                         "weight loss"]) + ".\n\n{hdr=REPORT}:\n" + finding + "\nComparison: outside study from "
        "{yr=" + str(exam.year - 2) + "} not available.\n\n{hdr=CONCLUSION}:\n" + concl + "\n\n"
        "Reported by Dr {N:rad} ({cred:cr}), Consultant Radiologist, {D:rd}\n", rad=rad.full, cr=L["cred"],
        rd=C.date(r, exam, L["fmts"]))
    return mod


def intl_mena_africa(r, d):
    v = r.randrange(5)
    pt = NM.person(r, "arabic" if v < 2 else "yoruba" if v == 2 else None)
    rad, ref, kin = NM.people(r, 3)
    exam = C.rdate(r)
    a = C.ages(r, r.random() < 0.2)
    dob = C.dob_for(r, exam, a)
    if v == 0:
        hdr = ("Dubai", "Emirates ID", f"784-{dob.year}-{C.digits(r, 7)}-{r.randint(1, 9)}", "Thiqa",
               f"+971 4 555 {C.digits(r, 4)}", [("ST", f"P.O. Box {C.digits(r, 5)}"), (None, ", "), ("CITY", "Dubai")])
    elif v == 1:
        hdr = ("Riyadh", "National ID", "1" + C.digits(r, 9), "Insurance card",
               f"+966 11 555 {C.digits(r, 4)}", [("ST", f"{C.digits(r, 4)} Al Nakheel Street, Unit {r.randint(1, 30)}"),
                                                 (None, ", "), ("CITY", "Riyadh"), (None, " "), ("ZIP", C.digits(r, 5))])
    elif v == 2:
        hdr = ("Lagos", "NIN", C.digits(r, 11), "NHIA No.", f"+234 803 555 {C.digits(r, 4)}",
               [("ST", f"Plot {r.randint(2, 99)}, Adebisi Omotola Close, Lekki Phase 1"), (None, ", "), ("CITY", "Lagos")])
    elif v == 3:
        hdr = ("Cape Town", "SA ID", C.digits(r, 13), "Medical aid no.", f"+27 21 555 {C.digits(r, 4)}",
               [("ST", f"{r.randint(2, 80)} Protea Road"), (None, ", "), ("CITY", "Claremont"), (None, ", "),
                ("CITY", "Cape Town"), (None, " "),
                ("ZIP", f"7{C.digits(r, 3)}")])
    else:
        hdr = ("Nairobi", "National ID", C.digits(r, 8), "SHA/NHIF No.", f"+254 722 555 {C.digits(r, 3)}",
               [("ST", f"P.O. Box {r.randint(100, 9999)}"), (None, "-"), ("ZIP", "00100"), (None, " "), ("CITY", "Nairobi")])
    city, idl, idv, planl, ph, addr = hdr
    d.f("{FAC:fac}, {CITY:city}\nDEPARTMENT OF RADIOLOGY\n\nPatient name: {N:pt}\nFile No.: {MRN:mrn}    " + idl +
        ": {SSN:idv}    " + planl + ": {HP:hp}\nDate of birth: {D:dob}", fac=r.choice(MENA_FACS[v]),
        city=city, pt=pt.caps, mrn=C.mrn(r), idv=idv, hp=C.plan_id(r), dob=C.date(r, dob, C.INTL_DATE_FMTS))
    if v == 1:
        hy = int((dob.year - 622) * 1.0307)
        d.f(" ({D:hij})", hij=f"{r.randint(1, 29):02d}/{r.randint(1, 12):02d}/{hy} H")
    d.f("    Age: ")
    if a >= 90:
        d.span("A", str(a))
        d.w(" Y")
    else:
        d.span("age", f"{a}Y")
    d.w("\nAddress: ")
    d.put(addr)
    d.f("    Mobile: {PH:ph}\nNext of kin: {N:kin}\nReferring physician: Dr. {N:ref}\nExam date: {D:ex} {D:et}   "
        "Accession: {ACC:acc}\n\n", ph=ph, kin=kin.full, ref=ref.family, ex=C.date(r, exam, C.INTL_DATE_FMTS),
        et=C.time(r, r.choice(["hm", "h_fr"])), acc=C.acc(r))
    body, mod = r.choice([
        ("{mod=CT} ABDOMEN: {ms=2.1 cm} arterially enhancing lesion in {an=segment 8}, washout: {sc=LI-RADS 5}.", "CT"),
        ("{mod=MRI} BRAIN: {sq=SWI} shows microbleeds; {sq=T2 FLAIR} periventricular change.", "MR"),
        ("{mod=MG} BOTH BREASTS: {ms=11 mm} spiculated mass {an=left upper outer quadrant}, {sc=BI-RADS 5}.", "MG"),
        ("{mod=XR} CHEST: Right upper zone cavitation; consistent with reactivation TB.", "XR"),
        ("{mod=US} NECK: Diffusely heterogeneous gland, in keeping with {ep=Hashimoto thyroiditis}.", "US")])
    d.f("{hdr=FINDINGS}\n" + body + "\n\n{hdr=IMPRESSION}\nAs above. Results conveyed to Dr. {N:ref} on {D:cd}.\n\n"
        "Dr. {N:rad}\nConsultant Radiologist", ref=ref.family, cd=C.date(r, exam, C.INTL_DATE_FMTS), rad=rad.full)
    d.w("\n")
    return mod


def image_share_request(r, d):
    pt, req, it, rad = NM.people(r, 4)
    day = C.rdate(r)
    ofac = NM.facility(r)
    fac = NM.facility(r, (ofac,))
    v = r.randrange(3)
    d.f("IMAGE EXCHANGE REQUEST #{_:n}   Received {D:rd} {D:rt}\nRequester: {N:req}, {FAC:fac} ({PH:ph}; {EM:em})\n",
        n=C.digits(r, 6), rd=C.date(r, day), rt=C.time(r), req=req.full, fac=fac, ph=C.phone(r),
        em=C.email(r, req, f"{C.slug(fac)[:10]}.test.example"))
    d.f("Patient: {N:pt}   DOB {D:dob}   Outside MRN {MRN:om}   Our MRN {MRN:m}\n", pt=r.choice([pt.LF, pt.full]),
        dob=C.date(r, lo=1936, hi=2010), om=C.mrn(r), m=C.mrn(r))
    if v == 0:
        d.f("Source: CD from {FAC:of}, burned {D:bd}, disc label \"{N:lab} {D:ld}\". Studies: {mod=CT} chest "
            "(ACC {ACC:a1}), {mod=MRI} {an=brain} (ACC {ACC:a2}) incl. {sq=DWI} and {sq=SWI}.\n",
            of=ofac, bd=C.date(r, C.shift(day, -3), ["us"]), lab=pt.LF, ld=C.date(r, C.shift(day, -20), ["us_short"]),
            a1=C.acc(r), a2=C.acc(r))
        d.f("Import workstation SN {SER:sn} ({IP:ip}); reconciled by {N:it}.\n", sn=C.serial(r), ip=C.ip(r),
            it=it.first_last)
    elif v == 1:
        d.f("Source: cloud share link {URL:u} (access code sent separately to {EM:pe}). "
            "Link expires {D:ex}.\n", u=f"https://share.example.org/s/{C.letters(r, 10).lower()}?acc={C.acc(r)}",
            pe=C.email(r, pt), ex=C.date(r, C.shift(day, 7), ["long"]))
        d.f("Patient uploaded from home: ")
        d.put(NM.us_address(r, ", "))
        d.w(".\n")
    else:
        d.f("Source: DICOM push from {IP:src}:104 (AE OUTSIDE_GW) to {IP:dst}:11112 failed at {D:ft} with "
            "association rejected; {N:it} re-sent via {URL:u}.\n", src=C.ip(r), dst=C.ip(r), ft=C.time(r, "hms"),
            it=it.first_last, u=f"https://{C.ip(r)}/wado-rs/studies/1.2.840.{C.digits(r, 6)}.{C.digits(r, 4)}")
    d.f("Reason: second opinion for Dr. {N:rad} — " + r.choice(["{ep=Chiari I malformation} vs low-lying tonsils",
        "{ep=Paget disease} of the {an=pelvis}", "{ep=Klatskin tumor} staging", "{sc=Bosniak IIF} cyst follow-up",
        "{ep=Hill-Sachs} deformity, recurrent dislocation"]) + ".\nBilling: self-pay, account {ACCT:acct}.\n",
        rad=rad.family, acct=C.account(r))
    return "CT"
