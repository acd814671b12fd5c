"""Structured styles 1-5: viewer overlay, US burn-in, CT dose capture, scanned requisition, outside CD label."""

from __future__ import annotations

import b40_pools as P
from b40_doc import Doc, age_piece, fdate, fmt_serial, ftime, name_as, patient, person, plen, priv_ip


def _noise(rng):
    return rng.choice([0.0, 0.0, 0.02, 0.04, 0.07])


def _emit_rows(d: Doc, left, right, rng):
    """Interleave two corner/column lists line by line (as OCR reads across the screen)."""
    width = max([plen(x) for x in left] + [10]) + rng.randint(2, 8)
    for i in range(max(len(left), len(right))):
        lp = left[i] if i < len(left) else []
        rp = right[i] if i < len(right) else []
        d.seq(lp)
        if rp:
            d.t(" " * max(1, width - plen(lp)), clean=True)
            d.seq(rp)
        d.t("\n", clean=True)


def viewer_corner_overlay_ocr(rng):
    pt = patient(rng)
    d = Doc(rng, _noise(rng))
    mod = rng.choice(["CT", "MR", "XR"])
    nm = name_as(pt["first"], pt["mi"], pt["last"], rng.choice(["caret", "LFM", "LF", "caret2"]))
    tl = [[(nm, "p", "PERSON")],
          [rng.choice(["ID: ", "PID: ", "MRN ", ""]), (pt["mrn"], "p", "MRN")],
          [rng.choice(["DOB: ", "Birth: ", ""]), (fdate(pt["dob"], rng.choice(["dicom", "us", "dmy_mon", "iso"])), "p", "DATE_TIME"),
           "  ", pt["sex"], " ", (f"{pt['age']:03d}" if rng.random() < 0.5 else str(pt["age"]), "p" if pt["age"] > 89 else "k",
                                  "AGE_OVER_89" if pt["age"] > 89 else "age_under_90"), "Y"],
          [rng.choice(["Acc: ", "Acc# ", "A: "]), (pt["acc"], "p", "ACCESSION")]]
    desc = {"CT": [("CT", "k", "modality"), " CHEST W/O CONTRAST"], "MR": [("MRI", "k", "modality"), " BRAIN W/WO"],
            "XR": [("XR", "k", "modality"), " CHEST 2 VIEWS"]}[mod]
    tr = [[(rng.choice([pt["facility"], P.FAC_SHORT.get(pt["facility"], pt["facility"]).upper()]), "p", "FACILITY")],
          desc,
          [(fdate(pt["study"], rng.choice(["dicom", "us", "mon_d_y", "dmy_mon_uc"])), "p", "DATE_TIME"), " ",
           (ftime(rng.randint(0, 23), rng.randint(0, 59), rng.choice(["24", "24s", "12"]), rng.randint(0, 59)), "p", "DATE_TIME")],
          [rng.choice(P.SCANNERS), " ", rng.choice(P.APP_VERSIONS)]]
    if rng.random() < 0.5:
        tr.append(["Ex: ", str(rng.randint(1000, 9999))])
    if mod == "CT":
        bl = [[(f"{rng.choice([80, 100, 120, 140])} kV", "k", "measurement")], [(f"{rng.randint(40, 400)} mAs", "k", "measurement")],
              [(f"{rng.choice(['0.625', '1.25', '2.5', '5.0'])}mm", "k", "measurement"), f"/{rng.choice(['0.6', '1.2', '2.5'])}sp"],
              [f"Tilt: 0.0"], [f"DFOV {rng.randint(30, 48)}.0cm"]]
        br = [[f"W:{rng.choice([400, 1500, 350, 2000])} L:{rng.choice([40, -600, 50, 300])}"], [f"Se: {rng.randint(2, 9)}"],
              [f"Im: {rng.randint(1, 400)}/{rng.randint(400, 700)}"], [rng.choice(["HFS", "FFS"]), "  Zoom 1.", str(rng.randint(0, 9))]]
    elif mod == "MR":
        seq = rng.choice(["T2 FLAIR AX", "DWI b1000", "T1 MPRAGE", "SWI", "T2 TSE SAG", "STIR COR"])
        bl = [[(seq, "k", "sequence")], [f"TR {rng.randint(400, 9000)} TE {rng.randint(8, 120)}"],
              [(f"{rng.choice(['3.0', '4.0', '5.0'])}mm", "k", "measurement"), f" /{rng.choice(['1.0', '0.5'])}sp"], [f"FOV {rng.randint(200, 260)}*{rng.randint(180, 240)}"]]
        br = [[f"W:{rng.randint(500, 1800)} L:{rng.randint(250, 900)}"], [f"Se: {rng.randint(2, 14)}"],
              [f"Im: {rng.randint(1, 40)}/{rng.randint(40, 60)}"], ["Mag: ", rng.choice(["3.0T", "1.5T"])]]
    else:
        bl = [[(f"{rng.choice([70, 80, 85, 110, 120])} kVp", "k", "measurement")], [f"{rng.choice(['1.6', '2.0', '3.2', '4.0'])} mAs"],
              [rng.choice(["PA", "LAT", "AP PORTABLE"])], [f"EI {rng.randint(180, 600)}  DI {rng.randint(-3, 3)}"]]
        br = [[f"WW {rng.randint(2000, 4000)} WL {rng.randint(1500, 2500)}"], [f"Im: {rng.randint(1, 3)}/3"],
              ["Tech: ", (name_as(*(lambda q: (q["first"], q["mi"], q["last"]))(person(rng)), rng.choice(["iL", "LF", "L"])), "p", "PERSON")]]
    if rng.random() < 0.5:
        d.t(rng.choice(["[OCR of viewer screenshot]\n", "Text extracted from image (4 corners):\n", "ocr> screenshot_0412.png\n"]), clean=True)
    if rng.random() < 0.5:
        _emit_rows(d, tl, tr, rng)
        d.t("\n" * rng.randint(1, 4), clean=True)
        _emit_rows(d, bl, br, rng)
    else:
        for i, corner in enumerate([tl, tr, bl, br]):
            if rng.random() < 0.6:
                d.t(["TOP LEFT", "TOP RIGHT", "BOTTOM LEFT", "BOTTOM RIGHT"][i] + ":\n", clean=True)
            for line in corner:
                d.seq(line).t("\n", clean=True)
    if rng.random() < 0.4:
        d.t(rng.choice(["R", "L", "A", "P"]) + "\n" + rng.choice(["1 cm", "5cm", "|----|"]) + "\n")
    return d, mod


US_LABELS = [("RT KIDNEY LONG", "anatomy", "measurement", "L {v} cm"), ("LT KIDNEY LONG", "anatomy", "measurement", "L {v} cm"),
             ("RT KIDNEY TRV", "anatomy", "measurement", "W {v} cm"), ("LIVER SAG MCL", "anatomy", "measurement", "D1 {v} cm"),
             ("GB LONG", "anatomy", "measurement", "WALL {v} mm"), ("CBD", "anatomy", "measurement", "D {v} mm"),
             ("SPLEEN LONG", "anatomy", "measurement", "D1 {v} cm"), ("RT THYROID LOBE TRV", "anatomy", "measurement", "AP {v} cm"),
             ("LT THYROID MID SAG", "anatomy", "measurement", "D1 {v} cm"), ("MORISONS POUCH", "eponym", None, None),
             ("RT POPLITEAL FOSSA BAKER CYST", "eponym", "measurement", "{v} x 1.1 cm"), ("BLADDER PRE VOID", "anatomy", "measurement", "VOL {v} ml"),
             ("RT CFV COMPRESS", "anatomy", None, None), ("LT OVARY LONG", "anatomy", "measurement", "D1 {v} cm")]


def us_burnin_annotation_ocr(rng):
    pt = patient(rng)
    d = Doc(rng, _noise(rng))
    tech = person(rng)
    fac = pt["facility"]
    nframes = rng.randint(3, 6)
    d.t(rng.choice(["OCR burned-in text, US clip export\n", "frames read by OCR:\n", ""]), clean=True)
    for f in range(nframes):
        d.t(rng.choice([f"--- frame {f + 1} ---\n", f"[img {f + 1:02d}]\n", f"#{f + 1}\n"]), clean=True)
        if f == 0 or rng.random() < 0.5:
            if rng.random() < 0.5:
                d.p(fac if rng.random() < 0.6 else P.FAC_SHORT.get(fac, fac), "FACILITY").t("   ")
            d.p(name_as(pt["first"], pt["mi"], pt["last"], rng.choice(["LF", "LFM", "LFUP", "caret2"])), "PERSON").t(rng.choice(["  ", "   ID:", " / "]))
            d.p(pt["mrn"], "MRN").t("\n")
            d.p(fdate(pt["study"], rng.choice(["us", "dmy_mon", "us_short", "iso"])), "DATE_TIME").t(" ")
            d.p(ftime(rng.randint(6, 21), rng.randint(0, 59), rng.choice(["24", "24s", "12c"]), rng.randint(0, 59)), "DATE_TIME")
            d.t(f"   {rng.choice(['C5-1', 'L12-3', 'C1-6', '9L', 'eL18-4'])}  {rng.choice(['Abd', 'Thy', 'Vas', 'MSK', 'Renal'])}  MI {rng.randint(5, 14) / 10:.1f} TIs {rng.randint(1, 9) / 10:.1f}\n")
            if rng.random() < 0.35:
                d.t("Sonographer: ").p(rng.choice([tech["first"][0] + tech["last"][0] + tech["mi"], tech["last"].upper(), tech["first"] + " " + tech["last"][0]]), "PERSON").t("\n")
        lab, llab, mlab, mfmt = rng.choice(US_LABELS)
        d.k(lab, llab).t("\n")
        if mlab:
            v = f"{rng.randint(2, 130) / 10:.1f}" if "cm" in mfmt else str(rng.randint(2, 180))
            d.k(mfmt.format(v=v), mlab)
            if rng.random() < 0.4:
                d.t("   +  x  ").k(f"{rng.randint(5, 60) / 10:.1f} cm", "measurement")
            d.t("\n")
        if rng.random() < 0.3:
            d.t(rng.choice(["Gain 54  DR 66  Fr 32Hz\n", "2D  PWR  CF 3.5MHz\n", "Depth 16cm  Focus 1\n", "HARM  Cine 1/120\n"]))
    if rng.random() < 0.4:
        if rng.random() < 0.5:
            d.t("Sonographic ").k("Murphy sign", "eponym").t(rng.choice([": neg\n", " -\n", ": POS\n"]))
        else:
            d.k(f"TI-RADS {rng.randint(2, 5)}", "score").t("\n")
    return d, "US"


def ct_dose_capture_ocr(rng):
    pt = patient(rng)
    d = Doc(rng, _noise(rng))
    op = person(rng)
    d.t(rng.choice(["Dose Report\n", "DOSE REPORT   Page 1/1\n", "Patient Protocol\n"]))
    d.t(rng.choice(["Patient Name: ", "Name: ", ""])).p(name_as(pt["first"], pt["mi"], pt["last"], rng.choice(["caret", "LF", "LFM"])), "PERSON")
    d.t(rng.choice(["    ID: ", "\nPatient ID: ", "   PID "])).p(pt["mrn"], "MRN").t("\n")
    d.t(rng.choice(["Accession: ", "Acc No. ", "Exam: "])).p(pt["acc"], "ACCESSION").t("   ")
    d.t(rng.choice(["Exam Date: ", "Date: ", ""])).p(fdate(pt["study"], rng.choice(["dmy_mon", "us", "mon_d_y", "iso"])), "DATE_TIME").t(" ")
    d.p(ftime(rng.randint(0, 23), rng.randint(0, 59), rng.choice(["24", "12"])), "DATE_TIME").t("\n")
    if rng.random() < 0.5:
        d.t("Birth Date: ").p(fdate(pt["dob"], rng.choice(["dmy_mon", "us"])), "DATE_TIME").t("  Age: ")
        age_piece(d, pt["age"]).t("Y\n")
    d.t(f"{rng.choice(P.SCANNERS[:3])}  SN ").p(fmt_serial(rng), "DEVICE_SERIAL").t(f"   SW {rng.choice(P.APP_VERSIONS)}\n")
    d.t("Total mAs " + str(rng.randint(800, 9000)) + "     Total DLP: ")
    tot = 0.0
    rows = []
    for s in range(rng.randint(2, 5)):
        ctdi = rng.randint(20, 250) / 10
        dlp = round(ctdi * rng.randint(20, 60), 1)
        tot += dlp
        rows.append((s, ctdi, dlp))
    d.k(f"{tot:.1f} mGy*cm" if rng.random() < 0.5 else f"{tot:.1f} mGycm", "measurement").t("\n\n")
    d.t(rng.choice(["Series  Type     Scan Range (mm)      CTDIvol mGy   DLP mGy-cm   Phantom cm\n",
                    "Ser | Type | Range | CTDIvol[mGy] | DLP[mGy.cm] | Phantom\n"]))
    for s, ctdi, dlp in rows:
        typ = "Scout" if s == 0 else rng.choice(["Helical", "Axial", "Helical"])
        a, b = rng.randint(-300, 0), rng.randint(-900, -300)
        d.t(f"{s + 1:<7} {typ:<8} S{abs(a)}.000-I{abs(b)}.000   ")
        if rng.random() < 0.5:
            d.k(f"{ctdi:.2f}", "measurement").t("        ").k(f"{dlp:.2f}", "measurement")
        else:
            d.t(f"{ctdi:.2f}        {dlp:.2f}")
        d.t(f"       {rng.choice(['Body 32', 'Head 16'])}\n")
    d.t("\nOperator: ").p(rng.choice([op["first"][0].lower() + op["last"].lower().replace(" ", "").replace("'", ""), name_as(op["first"], op["mi"], op["last"], "iL"), (op["first"][0] + op["mi"] + op["last"][0])]), "PERSON")
    if rng.random() < 0.5:
        d.t(", ").k(rng.choice(P.TECH_CRED[:3]), "credential")
    d.t("\n")
    if rng.random() < 0.4:
        d.t("Station ").p(priv_ip(rng), "IP_ADDRESS").t("  Protocol 5.1 ").k("CT", "modality").t(" ABD/PEL\n")
    return d, "CT"


def scanned_requisition_ocr(rng):
    pt = patient(rng)
    ref = person(rng)
    d = Doc(rng, rng.choice([0.02, 0.05, 0.08, 0.1]))
    d.t(rng.choice(["OUTPATIENT IMAGING REQUISITION\n", "RADIOLOGY ORDER FORM - please print clearly\n", "Diagnostic Imaging Request\n"]))
    d.p(pt["facility"], "FACILITY").t("  Fax " + rng.choice(["(___) ___-____", "on file"]) + "\n\n")
    d.t("Patient Name: ").p(name_as(pt["first"], pt["mi"], pt["last"], rng.choice(["Lf", "FL", "LF"])), "PERSON")
    d.t(rng.choice(["   DOB: ", "\nDate of Birth ", "  D.O.B. "])).p(fdate(pt["dob"], rng.choice(["us", "us_short", "dash_us"])), "DATE_TIME")
    d.t("  Sex: " + rng.choice(["[X] M [ ] F", "[ ] M [X] F", pt["sex"]]) + "\n")
    d.t("Address: ").p(pt["street"], "STREET_ADDRESS").t(rng.choice([", ", " "])).p(pt["city"], "CITY").t(f" {pt['state']} ").p(pt["zip"], "ZIP").t("\n")
    d.t(rng.choice(["Phone: ", "Home ph ", "Cell: "])).p(pt["phone"], "PHONE").t("\n")
    if rng.random() < 0.7:
        d.t("Insurance: " + pt["plan"] + rng.choice(["   ID# ", "  Member ID: ", "  Policy "])).p(pt["plan_id"], "HEALTH_PLAN_ID").t("\n")
    if rng.random() < 0.4:
        d.t("SSN: ").p(pt["ssn"], "SSN").t("\n")
    d.t("\nEXAM REQUESTED:\n")
    exams = [("[X] ", ("CT", "modality"), " abdomen/pelvis w contrast"), ("[X] ", ("MRI", "modality"), " lumbar spine w/o"),
             ("[X] ", ("US", "modality"), " pelvis transvaginal"), ("[X] ", ("XR", "modality"), " R knee 3 views"),
             ("[X] ", ("DXA", "modality"), " screening")]
    for ex in rng.sample(exams, rng.randint(1, 2)):
        d.t(ex[0]).k(*ex[1]).t(ex[2] + "\n")
    d.t("[ ] Other ________\n")
    d.t("Clinical indication / ICD-10: ")
    ind = rng.choice([(["low back pain radiating to L leg, r/o disc at "], ("L4-L5", "vertebral_level"), " M54.16"),
                      (["RLQ pain, r/o appendicitis "], None, " R10.31"), (["hx ", ], ("Crohn", "eponym"), " flare K50.90"),
                      (["palpable mass ", ], ("posterior knee", "anatomy"), " ? Baker's cyst M71.21"),
                      (["f/u ", ], ("1.2 cm", "measurement"), " RUL nodule R91.1")])
    d.t(ind[0][0])
    if ind[1]:
        d.k(*ind[1])
    d.t(ind[2] + "\n")
    d.t("Ordering: ").p(name_as(ref["first"], ref["mi"], ref["last"], rng.choice(["FL", "FML", "iL"])), "PERSON").t(", ").k(rng.choice(P.ORDERING_CRED), "credential")
    d.t("   Ph ").p(f"({rng.choice(P.AREA)}) 555-01{rng.randint(0, 99):02d}", "PHONE").t("\n")
    d.t("Signature: " + rng.choice(["/s/ ", "~~", "x "])).p(name_as(ref["first"], ref["mi"], ref["last"], rng.choice(["iL", "L"])), "PERSON")
    d.t("   Date: ").p(fdate(pt["study"], rng.choice(["us_short", "us", "md"])), "DATE_TIME").t("\n")
    d.t(rng.choice(["Form RAD-112 rev 03/19\n", "Page 1 of 1   form 44-B\n", "\n"]))
    return d, rng.choice(["CT", "MR", "US", "XR"])


def outside_cd_label_photo(rng):
    pt = patient(rng)
    d = Doc(rng, _noise(rng))
    fac = pt["facility"]
    d.t(rng.choice(["Photo 1 (disc face):\n", "[CD label, photographed at angle]\n", "disc label text:\n"]), clean=True)
    d.p(fac.upper() if rng.random() < 0.5 else fac, "FACILITY").t("\n" + rng.choice(["PATIENT IMAGES - CONFIDENTIAL", "Diagnostic Images", "MEDICAL IMAGES"]) + "\n")
    d.p(name_as(pt["first"], pt["mi"], pt["last"], rng.choice(["LF", "LFM", "FL"])), "PERSON").t("\n")
    d.t(rng.choice(["DOB ", "Birth: "])).p(fdate(pt["dob"], rng.choice(["us", "dmy_mon"])), "DATE_TIME").t(rng.choice(["  MRN ", "  ID "])).p(pt["mrn"], "MRN").t("\n")
    mod = rng.choice(["MR", "CT"])
    d.k("MRI" if mod == "MR" else "CT", "modality").t(" " + rng.choice(["L-SPINE", "BRAIN", "CHEST", "ABD/PELVIS", "R SHOULDER"]) + "  ")
    d.p(fdate(pt["study"], rng.choice(["us", "us_short", "mon_d_y"])), "DATE_TIME").t("\n")
    d.t(f"Disc 1 of {rng.randint(1, 2)}   viewer: {rng.choice(['eViewer Lite', 'DiscLook', 'MicroDicom'])} {rng.choice(P.APP_VERSIONS)}  Lot {rng.randint(1000, 9999)}\n\n")
    d.t(rng.choice(["Photo 2 (cover sheet):\n", "--- cover sheet ---\n"]), clean=True)
    d.t(rng.choice(["This disc is provided to: ", "RELEASED TO: "])).p(name_as(pt["first"], pt["mi"], pt["last"], "FL"), "PERSON").t("\n")
    d.p(pt["street"], "STREET_ADDRESS").t("\n").p(pt["city"], "CITY").t(f", {pt['state']} ").p(pt["zip"], "ZIP").t("\n")
    d.t("Request # ").p(pt["acct"], "ACCOUNT_ID").t("   Accession ").p(pt["acc"], "ACCESSION").t("\n")
    d.t("Date burned: ").p(fdate(pt["study"].replace(day=min(28, pt["study"].day + 1)), rng.choice(["us", "iso"])), "DATE_TIME").t("\n")
    if rng.random() < 0.6:
        u = f"https://{rng.choice(P.HOSTS)}/share/{rng.randint(100000, 999999)}{rng.choice(['', '?acc=' + pt['acc']])}"
        d.t("Images also available at ").p(u, "URL").t(" (code on back)\n")
    d.t("Questions about these images: call ").p(f"({rng.choice(P.AREA)}) 555-01{rng.randint(0, 99):02d}", "PHONE").t(" M-F\n")
    if rng.random() < 0.4:
        d.t("Film library staff: ").p(name_as(*(lambda q: (q["first"], q["mi"], q["last"]))(person(rng)), rng.choice(["FL", "Fl"])), "PERSON").t("\n")
    d.t(rng.choice(["Not for diagnostic use without original report.\n", "Retain for your records.\n"]))
    return d, mod
