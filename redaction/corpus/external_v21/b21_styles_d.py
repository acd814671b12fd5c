"""blind21 styles D: EHR in-basket messages, HTML report source, Markdown with front matter, GAL letters, Y-90 worksheets."""

from __future__ import annotations

import html

import b21_clin as K
import b21_pools as P
from b21_ctx import Case, address, date, dtm, kv, name_fmt, time


def inbasket(doc, rng):
    c = Case(rng)
    sender = rng.choice([c.ref, c.person(cred="RN"), c.person(cred="NP")])
    pool = rng.choice(["RAD READING ROOM POOL", "IMAGING SCHEDULING POOL", "Result Notes", "Staff Message"])
    doc.t(rng.choice(["In Basket \u2014 ", "InBasket: ", "Message from "]) + pool + "\n")
    kv(doc, [
        (["From", "Sent by"], lambda: (doc.name(sender, name_fmt(rng)), doc.t(", ").k(sender.cred, "credential")), True),
        (["Sent", "Date/Time"], lambda: dtm(doc, c.when, tfmt=rng.choice(["12", "24"])), True),
        (["To", "Recipients"], lambda: (doc.t(pool + "; "), doc.name(c.rad, rng.choice(["last_first", "full"]))), True),
        (["Patient", "Pt"], lambda: (doc.name(c.pt, rng.choice(["LAST_FIRST", "last_first", "full"])), doc.t(" ("),
                                     doc.p(c.mrn, "MRN"), doc.t(")")), True),
        (["DOB", "Birthdate"], lambda: date(doc, c.dob), False),
        (["Priority", "Urgent?"], lambda: doc.t(rng.choice(["High", "Routine", "Y"])), False),
    ], seps=(": ", ":\t", ":  "))
    doc.t("\n\n" + rng.choice(["Subject: ", "Re: ", ""]))
    topic = rng.choice(["device", "priorauth", "result", "protocol"])
    if topic == "device":
        doc.t("MRI with pacemaker\n")
        doc.t("Pt has a " + rng.choice(["Medtronic Azure XT DR MRI SureScan", "Boston Scientific Accolade MRI", "Abbott Assurity MRI"]))
        doc.t(" pacemaker, generator SN ").p(P.serial(rng), "DEVICE_SERIAL")
        if rng.random() < 0.5:
            doc.t(", RA lead SN ").p(P.serial(rng), "DEVICE_SERIAL")
        doc.t(". Device rep ").name(c.person(), rng.choice(["full", "given"])).t(" can be there ")
        date(doc, c.later(2, 10), noyear_p=0.7).t(" at ")
        time(doc, fmt="12")
        doc.t(". Ok to proceed with ")
        K.exam(doc, rng, "MR")
        doc.t("?")
    elif topic == "priorauth":
        doc.t("auth for ")
        K.exam(doc, rng, c.mod)
        doc.t("\nPayer (UnitedHealthcare) denied; member ID ").p(c.plan, "HEALTH_PLAN_ID").t(", ref acct ").p(c.acct, "ACCOUNT_ID")
        doc.t(". Peer-to-peer line ").p(P.phone(rng), "PHONE").t(" before ")
        date(doc, c.later(1, 5), noyear_p=0.5).t(".")
    elif topic == "result":
        doc.t("results question\n").name(c.pt, rng.choice(["given", "nickonly", "full"])).t(" called asking about ")
        K.exam(doc, rng, c.mod)
        doc.t(" from ")
        date(doc, c.when, noyear_p=0.6)
        doc.t(". Report says: ")
        K.impression(doc, rng, c.mod)
        doc.t(" Best number ").p(c.phone, "PHONE").t(rng.choice([", ok to leave VM.", "; partner ", "."]))
        if doc.parts[-1] == "; partner ":
            doc.name(c.person(), "given").t(" may answer.")
    else:
        doc.t("protocol please\n")
        doc.age(c.age).t(" with " + rng.choice(K.HISTORIES) + ", eGFR 38. ")
        K.exam(doc, rng, c.mod)
        doc.t(" ordered by ").clinician(c.ref).t(" for ")
        date(doc, c.later(1, 4), noyear_p=0.5).t(". Prior reaction to contrast in ").k(str(rng.randint(2008, 2023)), "year").t(".")
    doc.t("\n\n" + rng.choice(["Reply from ", "Response (", "\u2014 "]))
    doc.name(c.rad, rng.choice(["initial", "full", "family"])).t(rng.choice([": ", ") "]))
    doc.clin(rng.choice(["OK as ordered.", "Change to noncontrast; add {sequence|DWI}.", "Approved, use MR-conditional mode.",
                         "Agree, see {score|Fleischner} table."]))
    doc.t(" ")
    time(doc)
    return c.mod


def _h(doc, p, fmt):
    """Names in HTML source are written escaped (an apostrophe becomes &#x27;)."""
    return doc.p(html.escape(p.fmt(fmt)), "PERSON")


def html_source(doc, rng):
    c = Case(rng)
    ind = rng.choice(["", "  ", "    "])
    doc.t("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
    doc.t(rng.choice(["Radiology Report", "Final Report", "Report Viewer"]) + " - ").p(c.acc, "ACCESSION")
    doc.t("</title></head>\n<body>\n" + ind + "<div class=\"hdr\">")
    doc.p(html.escape(c.fac), "FACILITY").t("</div>\n" + ind + "<table class=\"demo\">\n")
    rows = [("Patient", lambda: _h(doc, c.pt, rng.choice(["LAST_FIRST", "last_first", "full"]))),
            ("MRN", lambda: doc.p(c.mrn, "MRN")), ("DOB", lambda: date(doc, c.dob)),
            ("Acct", lambda: doc.p(c.acct, "ACCOUNT_ID")),
            ("Exam Date", lambda: (date(doc, c.when), doc.t("&nbsp;"), time(doc))),
            ("Referring", lambda: _h(doc, c.ref, rng.choice(["full", "last_first"])))]
    head, rest = rows[:1], rows[1:]
    rng.shuffle(rest)
    for lab, fn in head + rest:
        if rng.random() < 0.85 or lab == "Patient":
            doc.t(ind * 2 + f"<tr><th>{lab}:</th><td>")
            fn()
            doc.t("</td></tr>\n")
    doc.t(ind + "</table>\n")
    for h, fn in (("EXAM", lambda: K.exam(doc, rng, c.mod)),
                  ("HISTORY", lambda: (doc.age(c.age), doc.t(" " + html.escape(rng.choice(K.HISTORIES))))),
                  ("FINDINGS", lambda: K.findings(doc, rng, c.mod, rng.randint(1, 3), sep="<br/>\n" + ind * 2)),
                  ("IMPRESSION", lambda: K.impression(doc, rng, c.mod))):
        doc.t(ind + "<h3>")
        doc.k(h, "section_header")
        doc.t("</h3>\n" + ind + "<p>")
        fn()
        doc.t("</p>\n")
    doc.t(ind + "<p class=\"sig\">Electronically signed by <b>")
    _h(doc, c.rad, rng.choice(["full", "last_first"]))
    doc.t("</b>, ").k(c.rad.cred, "credential").t(" on ")
    dtm(doc, c.later(0, 1), sep="&nbsp;")
    doc.t("</p>\n")
    if rng.random() < 0.6:
        doc.t(ind + "<a href=\"").p(P.url(rng), "URL").t("\">View images</a> | <a href=\"mailto:")
        doc.p(P.email(rng, c.rad), "EMAIL").t("\">Contact reader</a>\n")
    doc.t("<!-- rendered by RIS node ").p(P.ip(rng), "IP_ADDRESS").t(" -->\n</body></html>")
    return c.mod


def md_frontmatter(doc, rng):
    c = Case(rng)
    doc.t("---\n")
    q = rng.choice(["", "\"", "'"])
    fm = [("title", lambda: (doc.t(q + "Tumor follow-up \u2014 "), doc.name(c.pt, "family"), doc.t(q))),
          ("patient", lambda: (doc.t(q), doc.name(c.pt, rng.choice(["full", "last_first"])), doc.t(q))),
          ("mrn", lambda: (doc.t(q), doc.p(c.mrn, "MRN"), doc.t(q))),
          ("dob", lambda: date(doc, c.dob, "%Y-%m-%d")),
          ("exam_date", lambda: date(doc, c.when, "%Y-%m-%d")),
          ("accession", lambda: (doc.t(q), doc.p(c.acc, "ACCESSION"), doc.t(q))),
          ("author", lambda: doc.name(c.rad, rng.choice(["full", "initial"]))),
          ("tags", lambda: doc.t("[" + rng.choice(["followup, recist", "incidental, adrenal", "lung-nodule"]) + "]"))]
    head, rest = fm[:2], fm[2:]
    rng.shuffle(rest)
    for k, fn in head + rest:
        if rng.random() < 0.85 or k in ("patient", "mrn"):
            doc.t(k + ": ")
            fn()
            doc.t("\n")
    doc.t("---\n\n# ")
    K.exam(doc, rng, c.mod)
    doc.t("\n\n## ")
    doc.k(rng.choice(["Findings", "FINDINGS"]), "section_header")
    doc.t("\n\n")
    K.findings(doc, rng, c.mod, rng.randint(2, 3), sep="\n", bullet=rng.choice(["- ", "* "]))
    doc.t("\n\n| Lesion | Baseline | Current |\n|---|---|---|\n")
    for j in range(rng.randint(1, 3)):
        doc.t(f"| {j + 1} | ")
        doc.k(f"{rng.randint(8, 40)} mm", "measurement").t(" (")
        date(doc, c.earlier(60, 400), rng.choice(["%m/%d/%Y", "{m}/{d}/{yy}", "%Y-%m-%d"]))
        doc.t(") | ")
        doc.k(f"{rng.randint(5, 45)} mm", "measurement").t(" |\n")
    doc.t("\n## ")
    doc.k("Impression", "section_header")
    doc.t("\n\n")
    K.impression(doc, rng, c.mod)
    doc.t("\n\n> Note: discussed with ")
    doc.clinician(c.ref)
    doc.t(" on ")
    date(doc, c.when, noyear_p=0.7)
    if rng.random() < 0.6:
        doc.t(". Images: [link](").p(P.url(rng), "URL").t(")")
    doc.t(".\n")
    return c.mod


def gal_letter(doc, rng):
    c = Case(rng, mod=rng.choice(["XR", "XR", "CT", "MR"]), old_p=0.0)
    c.age = rng.randint(1, 14)
    c.dob = P.dob(rng, c.age, c.when)
    gal, mom, dad = c.person(cred="Esq."), c.person(), c.person()
    doc.t(rng.choice(["Office of the Guardian ad Litem\n", "GUARDIAN AD LITEM PROGRAM \u2014 ", "CASA / Guardian ad Litem\n"]))
    doc.p(c.city, "CITY").t(f", {c.state}\n\n")
    date(doc, c.later(10, 60), rng.choice(["{B} {d}, %Y", "%m/%d/%Y", "%d %B %Y"]))
    doc.t("\n\n")
    doc.t(rng.choice(["Custodian of Records\n", "Attn: Radiology Department\n"])).p(c.fac, "FACILITY").t("\n")
    if rng.random() < 0.7:
        address(doc, c, False)
    else:
        doc.t("via fax ").p(P.phone(rng), "PHONE")
    doc.t("\n\nRe: ")
    kv(doc, [(["Child", "Minor"], lambda: doc.name(c.pt, rng.choice(["full", "last_first"])), True),
             (["DOB", "Date of birth"], lambda: date(doc, c.dob), True),
             (["MRN", "Your record #"], lambda: doc.p(c.mrn, "MRN"), False),
             (["Age", "Current age"], lambda: doc.k(f"{c.age} years", "age_under_90"), False),
             (["Medicaid ID", "Member ID"], lambda: doc.p(c.plan, "HEALTH_PLAN_ID"), False)], joiner=rng.choice(["; ", "\n    "]), drop_p=0.3)
    doc.t("\n\nDear " + rng.choice(["Sir or Madam", "Records Custodian"]) + ":\n\n")
    doc.t("I was appointed guardian ad litem for the above child on ")
    date(doc, c.later(3, 9))
    doc.t(". The child's mother, ").name(mom, "full").t(", and father, ").name(dad, rng.choice(["full", "initial"]))
    doc.t(rng.choice([", have been notified.", ", are parties to the matter."]))
    doc.t(" I understand a skeletal survey was performed on ")
    date(doc, c.when)
    doc.t(" (accession ").p(c.acc, "ACCESSION").t(") and read by ").clinician(c.rad).t(". The report I received states: \"")
    doc.clin(rng.choice(["Healing posterior {anatomy|left 7th rib} fracture.", "Metaphyseal corner fracture of the {anatomy|distal femur}.",
                         "No acute osseous abnormality.", "Transverse fracture of the {anatomy|right humerus}, {measurement|2 mm} displacement."]))
    doc.t("\"\n\nPlease provide the images on CD and any addenda to me at ")
    if rng.random() < 0.5:
        doc.p(P.email(rng, gal), "EMAIL")
    else:
        doc.p(P.phone(rng), "PHONE").t(" (fax)")
    if rng.random() < 0.5:
        doc.t(" or ").p(P.phone(rng), "PHONE")
    doc.t(". The foster placement contact is ").name(c.person(), rng.choice(["full", "nick"]))
    if rng.random() < 0.5:
        doc.t(", caseworker ").name(c.person(), name_fmt(rng)).t(" (DCFS), ").p(P.phone(rng), "PHONE")
    doc.t(".")
    if rng.random() < 0.5:
        doc.t(" The next hearing is set for ")
        date(doc, c.later(70, 120), rng.choice(["{B} {d}, %Y", "%m/%d/%Y"]))
        doc.t(" at ")
        time(doc, fmt=rng.choice(["12", "12dot"]))
        doc.t(".")
    if rng.random() < 0.4:
        doc.t(" A follow-up survey on ")
        date(doc, c.later(14, 20), noyear_p=0.5)
        doc.t(" (")
        doc.p(P.accession(rng), "ACCESSION")
        doc.t(") should also be included.")
    doc.t("\n\nSincerely,\n\n")
    doc.name(gal, "full").t(", ").k("Esq.", "credential").t("\nGuardian ad Litem")
    return c.mod


def y90_worksheet(doc, rng):
    c = Case(rng, mod="NM", old_p=0.15)
    ir, phys = c.person(doctor=True), c.person(cred=rng.choice(["PhD, DABR", "MS, DABR"]))
    maa, tx = c.earlier(10, 30), c.when
    doc.t(rng.choice(["Y-90 RADIOEMBOLIZATION WORKSHEET", "Yttrium-90 SIRT dosimetry record", "TARE planning / treatment log"]) + "\n")
    doc.p(c.fac, "FACILITY").t(" \u2014 Interventional Oncology\n\n")
    kv(doc, [
        (["Patient", "Name"], lambda: doc.name(c.pt, rng.choice(["LAST_FIRST", "last_first", "full"])), True),
        (["MRN", "MR#"], lambda: doc.p(c.mrn, "MRN"), True),
        (["DOB", "Birth"], lambda: date(doc, c.dob), False),
        (["Age", "AGE"], lambda: doc.age(c.age, rng.choice([" yrs", "Y", " y"])), False),
        (["Acct", "HAR", "Encounter"], lambda: doc.p(c.acct, "ACCOUNT_ID"), False),
        (["Auth / member", "Plan ID"], lambda: doc.p(c.plan, "HEALTH_PLAN_ID"), False),
        (["IR attending", "Operator"], lambda: doc.clinician(ir), True),
        (["Physicist", "AU/physicist"], lambda: (doc.name(phys, rng.choice(["full", "initial"])), doc.t(", "),
                                                 doc.k(phys.cred, "credential")), True),
    ], joiner=rng.choice(["\n", "  |  "]) if rng.random() < 0.5 else "\n")
    doc.t("\n\nMAA mapping ")
    date(doc, maa)
    doc.t(" (acc ").p(P.accession(rng), "ACCESSION").t("): ")
    doc.clin(K.fill(rng, rng.choice(["Tc-99m MAA lung shunt fraction 7.8%; no gastrointestinal deposition.",
                                    "Lung shunt 4.1%; coil embolization of the {anatomy|gastroduodenal artery}.",
                                    "Tumor in {anatomy|hepatic segment VIII} measuring <CM>; planned dose 120 Gy."])))
    doc.t("\nTreatment ")
    date(doc, tx)
    doc.t(rng.choice([" start ", " @ "]))
    time(doc, fmt=rng.choice(["24", "hours", "12"]))
    doc.t("; " + rng.choice(["TheraSphere", "SIR-Spheres"]) + " dose vial serial ").p(P.serial(rng), "DEVICE_SERIAL")
    doc.t(f", calibrated activity {round(rng.uniform(0.8, 5.5), 2)} GBq\n")
    doc.t("Target: ").clin(rng.choice(["{anatomy|right hepatic lobe}", "{anatomy|segments 5/8}", "{anatomy|left lobe}"]))
    doc.t(f", perfused volume {rng.randint(180, 1400)} mL, residual waste {rng.randint(1, 9)}%\n")
    doc.header("Post-treatment imaging").t(" ")
    doc.clin(rng.choice(["Bremsstrahlung {modality|SPECT/CT}", "Y-90 {modality|PET/CT}", "{modality|SPECT} planar + SPECT/CT"]))
    doc.t(": ")
    K.impression(doc, rng, "NM")
    doc.t("\n\nRadiation safety instructions reviewed with patient and ").t(rng.choice(["caregiver ", "family member ", "spouse "]))
    doc.name(c.person(), rng.choice(["full", "given"])).t(". Release time ")
    time(doc, fmt=rng.choice(["24", "12"]))
    doc.t(". Home: ")
    address(doc, c, True)
    doc.t(", tel ").p(c.phone, "PHONE")
    return c.mod


STYLES = {"inbasket": inbasket, "html_source": html_source, "md_frontmatter": md_frontmatter,
          "gal_letter": gal_letter, "y90_worksheet": y90_worksheet}
