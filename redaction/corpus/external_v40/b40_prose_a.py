"""Prose styles 11-15: radiologist describing a screenshot, tech burn-in note, VLM caption, patient letter OCR, sticky note OCR."""

from __future__ import annotations

import b40_pools as P
from b40_doc import Doc, fdate, ftime, login, name_as, patient, person, priv_ip


def _nm(q, fmt):
    return name_as(q["first"], q["mi"], q["last"], fmt)


FIND = [["small ", ("Schmorl node", "k", "eponym"), " at ", ("T11", "k", "vertebral_level")],
        [("3 mm", "k", "measurement"), " nodule in the ", ("right middle lobe", "k", "anatomy")],
        ["probable ", ("Baker cyst", "k", "eponym"), " behind the ", ("medial femoral condyle", "k", "anatomy")],
        ["mild ", ("L4-L5", "k", "vertebral_level"), " foraminal narrowing on the ", ("T2", "k", "sequence"), " sag"],
        ["what looks like a ", ("Hill-Sachs", "k", "eponym"), " defect of the ", ("humeral head", "k", "anatomy")],
        [("Bosniak 2F", "k", "score"), " cyst, ", ("1.8 cm", "k", "measurement")],
        ["restricted diffusion on ", ("DWI", "k", "sequence"), " in the ", ("left caudate", "k", "anatomy")],
        [("Graves disease", "k", "eponym"), " pattern of uptake"]]


def rad_screenshot_description(rng):
    pt = patient(rng)
    d = Doc(rng)
    me = person(rng)
    d.t(rng.choice(["ok so I'm pasting a screenshot but the upload failed, I'll just describe it. ",
                    "Describing the attached screen grab for you: ", "Can you help me word this? The screenshot shows "]))
    d.t(rng.choice(["The top left corner reads ", "Overlay says ", "In the corner it has "]))
    d.p(_nm(pt, rng.choice(["caret", "LF", "LFM"])), "PERSON").t(rng.choice([", ID ", " with MRN ", ", then "])).p(pt["mrn"], "MRN")
    d.t(rng.choice([", DOB ", ", born "])).p(fdate(pt["dob"], rng.choice(["us", "dicom", "long"])), "DATE_TIME").t(". ")
    d.t(rng.choice(["It's the ", "This is her ", "This is his "])).k(rng.choice(["CT", "MRI", "CT"]), "modality").t(" from ")
    d.p(fdate(pt["study"], rng.choice(["long", "mon_d_y", "us_short", "month_d"])), "DATE_TIME").t(rng.choice([" at ", " done at "])).p(pt["facility"], "FACILITY").t(", accession ").p(pt["acc"], "ACCESSION").t(". ")
    if pt["age"] > 89:
        d.t("She's ").p(str(pt["age"]), "AGE_OVER_89").t(rng.choice([" btw, ", " so keep that in mind. "]))
    for f in rng.sample(FIND, rng.randint(1, 3)):
        d.t(rng.choice(["I see ", "There's a ", "Image 44 shows ", "On series 3 there is "])).seq(f).t(". ")
    d.t(rng.choice(["Window is set at 400/40 which I didn't change. ", "Ignore the ruler, that's 10 mm per tick. ", ""]))
    if rng.random() < 0.5:
        ref = person(rng)
        d.t(rng.choice(["Dr. ", "Referring is Dr "])).p(ref["last"], "PERSON").t(rng.choice([" wants it by noon. ", " asked me to call back at "]))
        if rng.random() < 0.5:
            d.p(f"({rng.choice(P.AREA)}) 555-01{rng.randint(0, 99):02d}", "PHONE").t(". ")
    d.t(rng.choice(["Draft an impression please. ", "Just give me 2 lines for the impression.", "Please don't keep the patient stuff in the output."]))
    d.t("\n-- ").p(_nm(me, rng.choice(["FL", "iL", "F"])), "PERSON")
    if rng.random() < 0.6:
        d.t(", ").k(rng.choice(P.RAD_CRED), "credential")
    d.t("\n")
    return d, "CT"


def tech_burnin_scrub_note(rng):
    pt = patient(rng)
    d = Doc(rng)
    tech = person(rng)
    d.t(rng.choice(["Tech note - burned-in PHI: ", "PACS QA note. ", "note to PACS admin: "]))
    d.t(rng.choice(["outside study for ", "the ultrasound import for ", "secondary captures for "]))
    d.p(_nm(pt, rng.choice(["FL", "Lf", "LF"])), "PERSON").t(" (MRN ").p(pt["mrn"], "MRN").t(rng.choice([") came in with ", "), acc "]))
    if rng.random() < 0.5:
        d.p(pt["acc"], "ACCESSION").t(", has ")
    d.t(rng.choice(["the name and DOB burned into the pixel data on every frame. ", "demographics burned into the top banner. ",
                    "an old sticker in the image that reads "]))
    if rng.random() < 0.6:
        d.t("The banner literally says \"").p(_nm(pt, "LFUP"), "PERSON").t(" ").p(fdate(pt["dob"], rng.choice(["us", "dmy_mon_uc"])), "DATE_TIME").t("\". ")
    d.t(rng.choice(["Header was already de-identified but pixels weren't. ", "DICOM tags are fine. ", ""]))
    d.t(rng.choice(["Please scrub frames ", "Need redaction on images ", "Mask region x0-640 y0-48 on "]) + f"{rng.randint(1, 5)}-{rng.randint(6, 40)}" + ". ")
    d.t(rng.choice(["Sending AE was ", "Came from "])).p(priv_ip(rng), "IP_ADDRESS").t(rng.choice([" (modality worklist bridge). ", " port 104. "]))
    d.t(rng.choice(["Scanner serial ", "Cart SN "])).p(f"{rng.choice('ABCDEFG')}{rng.randint(10000, 99999)}", "DEVICE_SERIAL").t(". ")
    d.t("Clinical content unaffected: ").seq(rng.choice(FIND)).t(". ")
    d.t(rng.choice(["Called ", "Left VM for "]) + rng.choice(["PACS admin ", "IT ", ""])).p(_nm(person(rng), rng.choice(["FL", "F"])), "PERSON")
    d.t(" at ").p(ftime(rng.randint(7, 19), rng.randint(0, 59), rng.choice(["24", "12", "hrs"])), "DATE_TIME").t(", ticket INC").t(str(rng.randint(100000, 999999)) + " (IT ticket, not patient). ")
    d.t("\n").p(login(tech, rng), "PERSON").t(" ").k(rng.choice(P.TECH_CRED), "credential").t(" ").p(fdate(pt["study"], rng.choice(["us", "us_short"])), "DATE_TIME").t("\n")
    return d, rng.choice(["US", "CT", "XR"])


def vlm_key_image_caption(rng):
    pt = patient(rng)
    d = Doc(rng)
    mod = rng.choice([("axial CT", "CT", "CT"), ("sagittal MRI", "MR", "MRI"), ("frontal chest radiograph", "XR", "radiograph")])
    d.t(rng.choice(["Caption: ", "Model output: ", "[vision model] "]))
    d.t(f"This image is a {mod[0].split()[0]} ").k(mod[2], "modality").t(rng.choice([" image", " slice", " key image"]) + " showing the ")
    d.k(rng.choice(["lumbar spine", "upper abdomen", "chest", "brain", "left knee"]), "anatomy").t(". ")
    d.t(rng.choice(["The overlay text identifies the patient as ", "Visible text in the top left reads ", "The burned-in label shows "]))
    d.p(_nm(pt, rng.choice(["caret", "LFM", "LF", "FL"])), "PERSON").t(rng.choice([", ID ", " (ID ", " with identifier "])).p(pt["mrn"], "MRN")
    d.t(rng.choice([", birth date ", ", DOB "])).p(fdate(pt["dob"], rng.choice(["dicom", "us", "long"])), "DATE_TIME")
    d.t(rng.choice([". ", "), "]))
    d.t("The study date shown is ").p(fdate(pt["study"], rng.choice(["dicom", "long", "us"])), "DATE_TIME").t(" at ").p(ftime(rng.randint(0, 23), rng.randint(0, 59), "24s", rng.randint(0, 59)), "DATE_TIME")
    d.t(rng.choice([", and the institution is ", "; top right reads "])).p(pt["facility"], "FACILITY").t(". ")
    if rng.random() < 0.5:
        d.t("An accession number ").p(pt["acc"], "ACCESSION").t(" appears below the date. ")
    d.t("Acquisition text includes ").k(rng.choice(["120 kV", "3.0T", "1.5T", "110 kVp"]), "measurement").t(f" and image number {rng.randint(1, 300)}. ")
    d.t(rng.choice(["Findings visible: ", "Notable: ", "The image appears to show "])).seq(rng.choice(FIND)).t(". ")
    if rng.random() < 0.4:
        d.t("A measurement caliper reads ").k(f"{rng.randint(5, 80) / 10:.1f} cm", "measurement").t(". ")
    if pt["age"] > 89:
        d.t("Age field: ").p(str(pt["age"]), "AGE_OVER_89").t("Y. ")
    d.t(rng.choice(["I cannot confirm identity from the image alone.", "Text may contain OCR errors.", ""]) + "\n")
    return d, mod[1]


def patient_letter_photo_ocr(rng):
    pt = patient(rng, old=0.25)
    d = Doc(rng, rng.choice([0.0, 0.03, 0.05, 0.08]))
    kid = person(rng)
    d.t(rng.choice(["[photo of handwritten letter, patient portal upload]\n", "OCR of uploaded photo:\n", ""]), clean=True)
    d.p(fdate(pt["study"], rng.choice(["long", "d_month_y", "us"])), "DATE_TIME").t("\n\n")
    d.t(rng.choice(["To the x-ray department,\n", "Dear Radiology,\n", "To whom it may concern\n"]))
    d.t(rng.choice(["My name is ", "I am writing for my mother "])).p(_nm(pt, rng.choice(["FL", "FML"])), "PERSON").t(rng.choice([" and I am ", ". She is "]))
    if pt["age"] > 89:
        d.p(str(pt["age"]), "AGE_OVER_89").t(" years old. ")
    else:
        d.k(str(pt["age"]), "age_under_90").t(" years old. ")
    d.t(rng.choice(["I had my ", "She had a "])).k(rng.choice(["MRI", "CT scan", "mammogram"]), "modality").t(" on ").p(fdate(pt["study"], rng.choice(["month_d", "md", "mon_d"])), "DATE_TIME")
    d.t(" at ").p(pt["facility"], "FACILITY").t(rng.choice([" and nobody has called with the results. ", " and the report says things I don't understand. "]))
    d.t(rng.choice(["It says ", "The paper says "])).seq(rng.choice(FIND)).t(rng.choice([". What does that mean?? ", ". Is this cancer. "]))
    d.t(rng.choice(["My birthday is ", "Date of birth "])).p(fdate(pt["dob"], rng.choice(["us", "long", "us_short"])), "DATE_TIME").t(" and my number is ").p(pt["mrn"], "MRN").t(" on the card.\n")
    d.t(rng.choice(["Please call me at ", "You can reach my son "]))
    if rng.random() < 0.5:
        d.p(kid["first"] + " " + pt["last"], "PERSON").t(" at ")
    d.p(pt["phone"], "PHONE").t(rng.choice([" or write to ", ". My address is "])).p(pt["street"], "STREET_ADDRESS").t(", ").p(pt["city"], "CITY").t(" " + pt["state"] + " ").p(pt["zip"], "ZIP").t(".\n")
    if rng.random() < 0.5:
        d.t("email ").p(pt["email"], "EMAIL").t("\n")
    d.t(rng.choice(["Thank you,\n", "Sincerely\n", "God bless\n"])).p(_nm(pt, rng.choice(["F", "FL"])), "PERSON").t("\n")
    return d, rng.choice(["MR", "CT", "MG"])


def monitor_sticky_note_ocr(rng):
    d = Doc(rng, rng.choice([0.05, 0.08, 0.12]))
    d.t(rng.choice(["[sticky note on reading room monitor, handwriting OCR]\n", "post-it text:\n", ""]), clean=True)
    for _ in range(rng.randint(2, 4)):
        pt = patient(rng)
        kind = rng.randint(0, 3)
        if kind == 0:
            d.p(pt["last"].upper() if rng.random() < 0.5 else pt["last"], "PERSON").t(rng.choice([" - ", " ", "->"])).p(pt["mrn"], "MRN").t(rng.choice([" call back re ", " ?add "]))
            d.k(rng.choice(["CT", "MRI", "US"]), "modality").t(rng.choice([" addendum\n", "\n"]))
        elif kind == 1:
            ref = person(rng)
            d.t("Dr ").p(ref["last"], "PERSON").t(rng.choice([" cell ", " # ", " pager "])).p(f"{rng.choice(P.AREA)}-555-01{rng.randint(0, 99):02d}", "PHONE").t(rng.choice([" (after 5)\n", "\n"]))
        elif kind == 2:
            d.p(pt["first"][0] + ". " + pt["last"], "PERSON").t(" acc ").p(pt["acc"], "ACCESSION").t(" ").k(rng.choice(["L5-S1", "C6-C7", "T12"]), "vertebral_level").t(rng.choice([" ?fx compare ", " disc - prior "]))
            d.p(fdate(pt["study"], rng.choice(["md", "us_short"])), "DATE_TIME").t("\n")
        else:
            d.t(rng.choice(["VPN ", "PACS login ", "dictation pc "])).p(priv_ip(rng), "IP_ADDRESS").t(rng.choice([" (ext 4411)\n", " pw on back\n", "\n"]))
    d.t(rng.choice(["!! ", "** ", ""]) + rng.choice(["reboot at 3", "Dont log off", "toner ordered", "ret. film jacket"]) + "\n")
    return d, "CT"
