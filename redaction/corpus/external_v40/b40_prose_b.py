"""Prose styles 16-20: two-column outside report, referral fax page, conference slide, printed board photo, audit narrative."""

from __future__ import annotations

import b40_pools as P
from b40_doc import Doc, age_piece, fdate, ftime, login, name_as, patient, person, plen, priv_ip
from b40_prose_a import FIND


def _nm(q, fmt):
    return name_as(q["first"], q["mi"], q["last"], fmt)


def _wrap(pieces, width):
    """Split a piece list into lines of about width chars, breaking only plain text at spaces."""
    lines, cur, n = [], [], 0
    for pc in pieces:
        if isinstance(pc, str):
            if pc.startswith(" ") and cur and not isinstance(cur[-1], str):
                cur.append(" ")
                n += 1
            for w in pc.split(" "):
                if n + len(w) > width and cur:
                    lines.append(cur)
                    cur, n = [], 0
                if w:
                    cur.append(w + " ")
                    n += len(w) + 1
        else:
            if n + len(pc[0]) > width and cur:
                lines.append(cur)
                cur, n = [], 0
            cur.append(pc)
            n += len(pc[0])
    if cur:
        lines.append(cur)
    return lines


def two_column_report_ocr(rng):
    pt = patient(rng)
    rad = person(rng)
    d = Doc(rng, rng.choice([0.0, 0.02, 0.05]))
    d.p(pt["facility"].upper(), "FACILITY").t("\n")
    d.t("Patient: ").p(_nm(pt, "LF"), "PERSON").t("   MRN: ").p(pt["mrn"], "MRN").t("   DOB: ").p(fdate(pt["dob"], "us"), "DATE_TIME").t("\n")
    left = [("EXAM", "k", "section_header"), ": ", ("MRI", "k", "modality"), " lumbar spine without contrast. ",
            ("HISTORY", "k", "section_header"), ": back pain, ", (str(pt["age"]), "k" if pt["age"] < 90 else "p", "age_under_90" if pt["age"] < 90 else "AGE_OVER_89"),
            "-year-old. ", ("TECHNIQUE", "k", "section_header"), ": sagittal ", ("T1", "k", "sequence"), " and ", ("T2", "k", "sequence"),
            " , axial ", ("T2", "k", "sequence"), ". ", ("COMPARISON", "k", "section_header"), ": ",
            (fdate(pt["study"].replace(year=pt["study"].year - 1), "us"), "p", "DATE_TIME"), "."]
    right = [("FINDINGS", "k", "section_header"), ": ", ("L4-L5", "k", "vertebral_level"), " disc bulge with ", ("4 mm", "k", "measurement"),
             " protrusion. "] + rng.choice(FIND) + [". Conus ends at ", ("L1", "k", "vertebral_level"), ". ",
             ("IMPRESSION", "k", "section_header"), ": mild degenerative change. Signed ", (_nm(rad, "FL"), "p", "PERSON"), ", ",
             ("MD", "k", "credential"), " ", (fdate(pt["study"], "us"), "p", "DATE_TIME"), " ",
             (ftime(rng.randint(7, 20), rng.randint(0, 59), "12"), "p", "DATE_TIME")]
    w = rng.randint(34, 44)
    L, R = _wrap(left, w), _wrap(right, w)
    interleave = rng.random() < 0.6
    d.t(rng.choice(["", "[2-column layout, read row by row]\n"]), clean=True)
    if interleave:
        for i in range(max(len(L), len(R))):
            lp = L[i] if i < len(L) else []
            d.seq(lp)
            if i < len(R):
                d.t(" " * max(1, w + 3 - plen(lp)) + rng.choice(["", "| "]), clean=True).seq(R[i])
            d.t("\n", clean=True)
    else:
        for ln in L + [["\n"]] + R:
            d.seq(ln).t("\n", clean=True)
    d.t(f"Page 1 of 1   Dictated by ").p(_nm(rad, "iL"), "PERSON").t(f"  Transcribed {rng.choice(['VR', 'KT'])}\n")
    return d, "MR"


def referral_fax_page_ocr(rng):
    pt = patient(rng)
    ref = person(rng)
    d = Doc(rng, rng.choice([0.03, 0.06, 0.09]))
    clinic = rng.choice(P.FACILITIES)
    d.t(rng.choice(["[logo] ", "(((o))) ", "LOGO "]), clean=True).p(clinic, "FACILITY").t("\n")
    d.p(f"{rng.randint(100, 999)} {rng.choice(P.STREETS)}", "STREET_ADDRESS").t(" \u2022 ")
    city, st = rng.choice(P.CITIES)
    d.p(city, "CITY").t(f", {st} ").p(f"{rng.randint(10, 99)}{rng.randint(100, 999)}", "ZIP").t(" \u2022 Tel ").p(f"({rng.choice(P.AREA)}) 555-01{rng.randint(0, 99):02d}", "PHONE").t("\n\n")
    d.t(rng.choice(["REFERRAL FOR IMAGING\n", "Re: referral\n"]))
    d.t(rng.choice(["Dear colleague, I would be grateful if you could see ", "Please perform imaging for my patient "]))
    d.p(_nm(pt, rng.choice(["FL", "FML"])), "PERSON").t(" (DOB ").p(fdate(pt["dob"], rng.choice(["us", "long", "d_month_y"])), "DATE_TIME").t(", ")
    age_piece(d, pt["age"]).t(rng.choice([" y/o", " yrs"]) + ") who presents with ")
    d.seq(rng.choice([["pain over the ", ("anatomical snuffbox", "k", "anatomy"), " after a fall on ", (fdate(pt["study"], "month_d"), "p", "DATE_TIME")],
                      ["a positive ", ("McMurray", "k", "eponym"), " test and locking"],
                      ["weight loss and a ", ("Virchow node", "k", "eponym")],
                      ["radicular pain in the ", ("C7", "k", "vertebral_level"), " distribution"]]))
    d.t(". " + rng.choice(["Requested: ", "I suggest "])).k(rng.choice(["MRI", "CT", "US"]), "modality").t(rng.choice([" at your earliest convenience. ", " within two weeks. "]))
    d.t("Insurance ").t(pt["plan"] + " ").p(pt["plan_id"], "HEALTH_PLAN_ID").t("; patient phone ").p(pt["phone"], "PHONE").t(". ")
    d.t("Kind regards,\n").p(_nm(ref, rng.choice(["FL", "FML"])), "PERSON").t(" ").k(rng.choice(P.ORDERING_CRED), "credential").t("\n")
    d.t(rng.choice(["Direct: ", "email "])).p(f"{ref['first'][0].lower()}{ref['last'].lower().replace(' ', '').replace(chr(39), '')}@{rng.choice(P.MAIL_DOM)}", "EMAIL").t("\n")
    d.t("_" * rng.randint(20, 40) + "\n")
    d.t("CONFIDENTIAL: intended only for the recipient. If received in error call ").p(f"{rng.choice(P.AREA)}-555-01{rng.randint(0, 99):02d}", "PHONE").t("\n")
    d.t("FROM: ").p(f"{rng.choice(P.AREA)} 555 01{rng.randint(0, 99):02d}", "PHONE").t("   ").p(fdate(pt["study"], rng.choice(["us", "dash_us"])), "DATE_TIME").t(" ").p(ftime(rng.randint(7, 18), rng.randint(0, 59), rng.choice(["24", "12"])), "DATE_TIME").t(f"  P.{rng.randint(1, 3)}/{rng.randint(3, 4)}\n")
    return d, "XR"


def case_conference_slide_ocr(rng):
    pt = patient(rng)
    pres = person(rng)
    d = Doc(rng, rng.choice([0.0, 0.0, 0.03]))
    d.t(rng.choice(["Slide 1\n", "[slide OCR]\n"]), clean=True)
    d.t(rng.choice(["Case Conference", "Thursday MSK Conference", "Neuro Case of the Week", "Body Imaging Rounds"]) + "\n")
    d.p(_nm(pres, rng.choice(["FL", "FML"])), "PERSON").t(", ").k(rng.choice(["MD", "DO", "MD, PhD"]), "credential").t(" \u2013 PGY-" + str(rng.randint(2, 5)) + "\n")
    d.p(fdate(pt["study"], rng.choice(["long", "mon_d_y"])), "DATE_TIME").t("\n\nSlide 2  History\n\u2022 ")
    age_piece(d, pt["age"]).t(rng.choice(["yo ", "-year-old "]) + {"M": "man", "F": "woman"}[pt["sex"]] + rng.choice([", fall from ladder\n", ", progressive headache\n", ", incidental finding\n"]))
    d.t("\u2022 ").seq(rng.choice(FIND)).t("\n")
    d.t("\nSlide 3  Key image\n")
    d.t(rng.choice(["[screenshot overlay partially visible] ", "(overlay not cropped!) "]), clean=True)
    d.p(_nm(pt, rng.choice(["caret", "LF"])), "PERSON").t("  ").p(pt["mrn"], "MRN").t("  ").p(fdate(pt["study"], "dicom"), "DATE_TIME").t("\n")
    d.k(rng.choice(["T2 FLAIR", "STIR", "DWI", "T1 post"]), "sequence").t("  Se 5 Im 22\n")
    d.t("\nSlide 4  Differential\n\u2022 ").k(rng.choice(["Kienbock disease", "Hill-Sachs lesion", "Chiari I malformation", "Paget disease"]), "eponym")
    d.t("\n\u2022 " + rng.choice(["metastasis", "infection", "normal variant"]) + "\n")
    d.t("\nSlide 5  Teaching points\n\u2022 Measure at ").k(rng.choice(["L1", "C2", "T10"]), "vertebral_level").t("; threshold ").k(f"{rng.randint(3, 15)} mm", "measurement").t("\n")
    d.t("\u2022 Ref: Radiology ").k(str(rng.randint(2010, 2024)), "year").t(f";{rng.randint(200, 310)}:{rng.randint(10, 99)}\n")
    d.t(rng.choice(["Thanks to Dr. ", "Case courtesy of "])).p(_nm(person(rng), "L"), "PERSON").t(rng.choice([", ", " at "])).p(rng.choice(P.FACILITIES), "FACILITY").t("\n")
    return d, rng.choice(["MR", "CT"])


def printed_board_photo_ocr(rng):
    d = Doc(rng, rng.choice([0.02, 0.05, 0.08]))
    day = patient(rng)["study"]
    d.t(rng.choice(["[photo of printed IR/CT status board taped to door]\n", "OCR: printed handoff sheet (photo)\n"]), clean=True)
    d.t(rng.choice(["PRINTED ", "Run: "])).p(fdate(day, rng.choice(["us", "mon_d_y"])), "DATE_TIME").t(" ").p(ftime(rng.randint(5, 23), rng.randint(0, 59), rng.choice(["24", "12c"])), "DATE_TIME")
    d.t("  by ").p(login(person(rng), rng), "PERSON").t("\nRM  PATIENT            MRN        PROC                STATUS   NOTES\n")
    for _ in range(rng.randint(3, 6)):
        pt = patient(rng, old=0.2)
        d.t(f"{rng.randint(1, 9):<3} ").p(_nm(pt, rng.choice(["LF", "Lf", "LFUP"])), "PERSON").t("  ").p(pt["mrn"], "MRN").t("  ")
        d.seq(rng.choice([[("CT", "k", "modality"), " guided bx liver"], ["para ", ("US", "k", "modality")], ["PICC ", ("R basilic", "k", "anatomy")],
                          [("MRI", "k", "modality"), " C-spine"], ["kypho ", ("T12", "k", "vertebral_level")]]))
        d.t("  " + rng.choice(["DONE", "PENDING", "IN RM", "HOLD"]) + "  ")
        d.seq(rng.choice([["INR ", ("1.4", "k", "score")], ["age ", (str(pt["age"]), "p" if pt["age"] > 89 else "k", "AGE_OVER_89" if pt["age"] > 89 else "age_under_90")],
                          ["call dtr ", (rng.choice(P.FIRST), "p", "PERSON"), " ", (pt["phone"], "p", "PHONE")], ["NPO since ", (ftime(rng.randint(0, 8), rng.randint(0, 59), "24"), "p", "DATE_TIME")],
                          ["Cr 1.1 ok"]]))
        d.t("\n")
    d.t(rng.choice(["(handwritten in margin) ", ""]), clean=True)
    if rng.random() < 0.5:
        d.t("call Dr ").p(person(rng)["last"], "PERSON")
    else:
        d.t(rng.choice(["pt in 4 moved to 6", "fluoro 2 down", "lunch relief 1130"]))
    d.t("\n")
    return d, "CT"


def chat_screenshot_audit_narrative(rng):
    d = Doc(rng)
    aud = person(rng)
    poster = person(rng)
    pt = patient(rng)
    d.t(rng.choice(["Privacy audit narrative. ", "Audit finding #", "Compliance review: "]))
    d.t(f"{rng.randint(100, 999)}. " if rng.random() < 0.5 else "")
    d.t(rng.choice(["On ", "During review of the group chat export dated "])).p(fdate(pt["study"], rng.choice(["long", "us", "mon_d_y"])), "DATE_TIME")
    d.t(rng.choice([" I found ", ", this auditor identified "]) + f"{rng.randint(2, 6)} screenshots posted by ")
    d.p(_nm(poster, rng.choice(["FL", "FML"])), "PERSON").t(" (user ").p(login(poster, rng), "PERSON").t(rng.choice([") in the residents channel. ", ") to the after-hours chat. "]))
    d.t("The first image shows a PACS viewer with the overlay intact: name ").p(_nm(pt, "caret"), "PERSON").t(", MRN ").p(pt["mrn"], "MRN")
    d.t(", accession ").p(pt["acc"], "ACCESSION").t(", and study time ").p(ftime(rng.randint(0, 23), rng.randint(0, 59), "24s", rng.randint(0, 59)), "DATE_TIME").t(". ")
    d.t("The image itself is a ").k(rng.choice(["CT", "MRI"]), "modality").t(" of the ").k(rng.choice(["pelvis", "cervical spine", "chest"]), "anatomy").t(" showing ").seq(rng.choice(FIND)).t(". ")
    d.t(rng.choice(["A second screenshot captured the worklist with ", "Another captured the EHR banner with "]))
    d.t("the patient's home address (").p(pt["street"], "STREET_ADDRESS").t(", ").p(pt["city"], "CITY").t(") and phone ").p(pt["phone"], "PHONE").t(". ")
    if rng.random() < 0.5:
        d.t("The browser bar read ").p(f"https://{rng.choice(P.HOSTS)}/viewer?study={rng.randint(10**8, 10**9)}", "URL").t(". ")
    if rng.random() < 0.5:
        d.t("Chat client version 4.18.2 (not relevant). Ticket PRIV-").t(str(rng.randint(1000, 9999)) + " tracks remediation. ")
    d.t(rng.choice(["The poster stated the images were for teaching. ", "Messages were deleted at my request at "]))
    if rng.random() < 0.5:
        d.p(ftime(rng.randint(8, 18), rng.randint(0, 59), rng.choice(["12", "12l"])), "DATE_TIME").t(". ")
    po = person(rng)
    d.t("Reported to ").p(_nm(po, rng.choice(["FL", "iL"])), "PERSON").t(", Privacy Officer, ")
    d.p(f"{po['first'].lower()}.{po['last'].lower().replace(' ', '').replace(chr(39), '')}@{rng.choice(P.MAIL_DOM)}", "EMAIL").t(".\n")
    d.t("Auditor: ").p(_nm(aud, "FL"), "PERSON").t(", ").k("CHPC", "credential").t("  ").p(fdate(pt["study"].replace(day=min(28, pt["study"].day + 2)), "iso"), "DATE_TIME").t("\n")
    return d, "CT"
