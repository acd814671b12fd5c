"""Prose genres, part A: wound photo consults, IR consent talks, calcium-score letters, chaplain notes,
patient complaint letters."""

from __future__ import annotations

import random

from b28_doc import Doc
from b28_kit import K, P, addr, age, city, dob, dte, fac, last, nm, tm, typo
from b28_pools import DOMAINS, Person


def wound_photo_consult(r: random.Random):
    d, pt, rn, rad = Doc(), Person(r), Person(r), Person(r)
    d.w("From: ", nm(rn, True), " <", (rn.email(), "EMAIL"), ">\nSent: ", dte(r, False), " ", tm(r), "\n")
    d.w("Subject: RE: pics for ", (pt.last.upper(), "PERSON"), " heel - osteo??\n\n")
    d.w("Hi Dr ", last(rad), ",\n\n", typo(r, "Sorry to bug you again."), " Wound clinic saw ", nm(pt),
        " (MRN ", P("MRN", r), ") this morning at ", fac(r), ". She is ", *age(r, 0.6),
        " with a long-standing ", K("eponym", r) if r.random() < 0.5 else ("Charcot foot", "eponym"),
        " and the ulcer under the ", (r.choice(["first metatarsal head", "calcaneus", "medial malleolus"]), "anatomy"), " now probes to bone. I uploaded ",
        "the photos as ", (pt.handle(), "PERSON"), f"_plantar_0{r.randint(1, 4)}.jpg and ", (pt.handle(), "PERSON"),
        f"_lateral_0{r.randint(5, 9)}.jpg.\n\n")
    d.w("Her daughter ", nm(Person(r)), " says the wound opened around ", dte(r), " after she wore new shoes to ",
        "church. Last ", K("modality", r), " was back in ", K("year", r), ". Wound measures ", K("measurement", r),
        " today. Can you let us know if you'd rather go straight to ", ("MRI", "modality"), " with ",
        K("sequence", r), "? Her number at home is ", P("PHONE", r), ".\n\nthanks so much,\n", (rn.first, "PERSON"),
        " ", (r.choice(["RN", "RN, CWOCN", "NP"]), "credential"), "\nWound & Ostomy, ext. ", str(r.randint(2000, 7999)), "\n")
    return d, "XR"


def ir_consent_discussion(r: random.Random):
    d, pt, ir, fam = Doc(), Person(r), Person(r), Person(r)
    proc = r.choice(["CT-guided lung biopsy", "TIPS revision", "port placement", "uterine fibroid embolization",
                     "percutaneous nephrostomy", "liver biopsy"])
    d.w("Consent discussion - ", proc, "\n\n")
    d.w("On ", dte(r, False), " at ", tm(r), " I met with ", nm(pt), ", a ", *age(r, 0.55), ", and ",
        r.choice(["his wife", "her son", "their niece", "his partner"]), " ", nm(fam), " in the pre-procedure bay at ",
        fac(r), ". An interpreter was not needed. We reviewed the ", K("modality", r), " from ", dte(r),
        " showing a ", K("measurement", r), " lesion in the ", K("anatomy", r), ".\n\n")
    d.w("Risks discussed included bleeding, infection, pneumothorax and non-diagnostic sampling. ",
        (pt.first, "PERSON"), " asked whether the " + r.choice(["procedure", "biopsy"]) + " could wait until after ",
        r.choice(["a granddaughter's wedding", "Thanksgiving", "her 50th anniversary party"]), " on ", dte(r),
        ". I explained that ", (ir.last, "PERSON"), " team slots are limited. ", nm(fam),
        " will be the contact at ", P("PHONE", r), ". History of ", K("eponym", r), " noted; ",
        r.choice(["no anticoagulation", "apixaban held 48 h", "warfarin stopped, INR pending"]), ".\n\n")
    d.w("All questions answered. Patient signed; witness ", nm(Person(r), True), ", ", K("credential", r), ".\n",
        nm(ir, True), ", ", ("MD", "credential"), " - Interventional Radiology\n")
    return d, "CT"


def calcium_score_letter(r: random.Random):
    d, pt, doc = Doc(), Person(r), Person(r)
    score = r.choice([0, 3, 46, 112, 388, 912, 1540])
    d.w(fac(r), "\nCardiac Imaging Service\n", *addr(r), "\n\n", dte(r, False), "\n\n")
    d.w(nm(pt, True), "\n", *addr(r), "\n\nRe: Coronary artery calcium scan on ", dte(r, False), "\n",
        "Member ID: ", P("HEALTH_PLAN_ID", r), "   Acct: ", P("ACCOUNT_ID", r), "\n\n")
    d.w("Dear ", r.choice(["Mr.", "Ms.", "Mrs.", "Mx."]), " ", last(pt), ",\n\n")
    d.w("Thank you for choosing us for your heart scan. Your ", (f"Agatston score was {score}", "score") if r.random() < 0.3
        else (f"Agatston {score}", "score"), f" (a score of {score} places you above the {r.randint(10, 95)}th "
        "percentile for your age and sex). Calcium was seen mainly in the ", K("anatomy", r), ". ")
    d.w("Because you are a ", *age(r, 0.25), ", Dr. ", last(doc), " may want to talk about a statin. ",
        "Your scan also showed a small lung nodule measuring ", K("measurement", r), "; following the ",
        ("Fleischner", "score"), " guidance, no further imaging is needed unless you smoked. ")
    d.w("Your images are available at ", ((f"https://{r.choice(['portal', 'images'])}.{r.choice(DOMAINS)}/heart/"
        f"{r.randint(10**5, 10**6 - 1)}"), "URL"), " until ", dte(r), ".\n\nQuestions? Call ", P("PHONE", r),
        " or write to ", (f"heartscan@{r.choice(DOMAINS)}", "EMAIL"), ".\n\nSincerely,\n\n", nm(Person(r), True),
        ", ", K("credential", r), "\ncc: ", nm(doc, True), ", ", ("MD", "credential"), "\n")
    return d, "CT"


def chaplain_note(r: random.Random):
    d, pt, kin = Doc(), Person(r), Person(r)
    d.w("Spiritual Care Visit  ", dte(r, False), "  ", tm(r), "\n\n")
    d.w("Visited ", nm(pt), " in the ", r.choice(["CT holding area", "MRI waiting room", "IR recovery bay"]),
        " at the request of ", r.choice(["the tech", "nursing", "family"]), ". Pt is a ", *age(r, 0.6),
        " " + r.choice(["retired schoolteacher", "former ironworker", "grandmother of eleven", "veteran"]) +
        " who was anxious about the ", K("modality", r), " ", r.choice(["and kept", "and was"]),
        " asking about her late husband ", (Person(r).full(), "PERSON"), ", who died at ", fac(r),
        " in ", K("year", r), ". ")
    d.w(typo(r, "She said she had prayed the rosary the whole drive in from "), city(r), " with her nephew ",
        nm(kin), ". We talked about hope and about being brave; she laughed that her ",
        r.choice(["granddaughter", "sister"]), " is actually named ", ("Hope", "PERSON"), ". ")
    d.w("Her pastor, Rev. ", nm(Person(r)), ", can be reached at ", P("PHONE", r),
        ". Offered blessing before the scan; accepted. Will follow up ", dte(r), ".\n\n",
        "- Chaplain ", nm(Person(r), True), ", M.Div., BCC\n")
    return d, "MR"


def complaint_letter(r: random.Random):
    d, pt, tech, rad = Doc(), Person(r), Person(r), Person(r)
    d.w(*addr(r), "\n", dte(r, False), "\n\nPatient Relations\n", fac(r), "\n\n")
    d.w("To whom it may concern,\n\n")
    d.w("I am writing about my ", r.choice(["mother", "father", "aunt"]), ", ", nm(pt), " (DOB ", dob(r),
        ", account ", P("ACCOUNT_ID", r), "), who is ", *age(r, 0.7), " and had a ", K("modality", r),
        " of her ", K("anatomy", r), " on ", dte(r), ". We arrived at ", tm(r),
        " and waited almost three hours. Nobody explained anything. ")
    d.w("The technologist, I think her name was ", (tech.first, "PERSON"), ", told us the ", r.choice(["machine", "scanner"]),
        " was down but the board said otherwise. When the report came back it said she had ",
        K("eponym", r), " which nobody has EVER mentioned to us, and Dr. ", last(rad, r.random() < 0.3),
        " never called. Her insurance (", r.choice(["Medicare Advantage", "BlueCross", "Medicaid"]), " ID ",
        P("HEALTH_PLAN_ID", r), ") was billed twice.\n\n")
    d.w("I have copied our lawyer, ", nm(Person(r), True), ". Please reply to me at ",
        (Person(r).email(), "EMAIL"), " or ", P("PHONE", r), ". I expect an answer by ", dte(r), ".\n\n",
        "Regards,\n", nm(Person(r), True), "\n")
    return d, "CT"
