"""blind18 styles, part B: cochlear-implant CT planning letters, fertility HSG reports, name-change record
updates, foster-care record requests, collections notices, cross-border transfers, accessibility requests."""

import b18_pools as P
from b18_common import (account, accession, address, age_span, digits, email, fdate, ftime, letters, mk, people,
                        patient, phone, plan_id, pt_header, rdate, serial, ssn, street, url, zipc)


def cochlear_ct_letter(d, rng):
    """Cochlear-implant CT planning letter from radiology to an otologist/audiologist."""
    pt = patient(rng, old_p=0.2)
    ent, aud, rad = people(rng, 3)
    fac = rng.choice(P.RAD_FAC)
    d.ln(("FACILITY", fac), rng.choice(["", " - Department of Radiology", " | Neuroradiology Section"]))
    if rng.random() < 0.6:
        address(d, rng)
        d.ln()
    d.ln(("DATE_TIME", fdate(rng, pt.visit, rng.choice(["long", "dlong", "mabbr"]))))
    d.ln()
    d.ln(rng.choice(["Dear Dr. ", "Dr. "]), ("PERSON", ent.fmt(rng, "L")), rng.choice([",", ":"]))
    d.ln()
    mk(d, "Re: {pt}, DOB {dob}, MRN {mrn}\n", pt=("PERSON", pt.fmt(rng, rng.choice(["FL", "FML"]))),
       dob=("DATE_TIME", fdate(rng, pt.dob)), mrn=("MRN", pt.mrn))
    mk(d, "Exam: {o:CT} {a:temporal bones} without contrast, {dt}, accession {acc}\n\n",
       dt=("DATE_TIME", fdate(rng, pt.visit, "us")), acc=("ACCESSION", accession(rng)))
    opener = rng.choice([
        "Thank you for referring your {age}-year-old patient for cochlear implant candidacy imaging.",
        "As requested, pre-implant planning measurements for your patient (age {age}) are below.",
        "Your patient was scanned on our cone-beam unit for electrode planning; patient is {age} years old.",
    ])
    mk(d, opener + "\n\n", age=age_span(pt.age))
    for f in rng.sample([18, 19, 20, 17], 2):
        from b18_clinical import FINDINGS
        mk(d, "- " + FINDINGS[f] + "\n")
    mk(d, rng.choice(["- Cochlear duct length {m:31.5 mm} ({a:right}), {m:32.2 mm} ({a:left}).\n",
                      "- Basal turn diameter {m:8.9 mm}; no cochlear ossification.\n",
                      "- {a:Jugular bulb} high-riding on the {a:right}, {m:2 mm} from the {a:round window}.\n"]))
    d.ln()
    d.ln("Copy to audiology: ", ("PERSON", aud.fmt(rng, "FL")), ", ", ("credential", "Au.D."), ", ", ("EMAIL", email(rng, aud)))
    d.ln("Questions: reading room ", ("PHONE", phone(rng)))
    d.ln()
    d.ln(rng.choice(["Sincerely,", "Kind regards,", "Best,"]))
    d.ln(("PERSON", rad.fmt(rng, rng.choice(["FL", "FML"]))), ", ", ("credential", "MD"))
    return "CT"


def hsg_report(d, rng):
    """Fertility clinic hysterosalpingogram report."""
    pt = patient(rng, ages=(24, 43))
    (partner, doc, rei) = people(rng, 3)
    d.ln(rng.choice(["HYSTEROSALPINGOGRAM", "HSG REPORT", "Fluoroscopic Hysterosalpingography"]))
    d.ln(("FACILITY", rng.choice(P.RAD_FAC)))
    lay = rng.random()
    if lay < 0.4:
        d.ln("NAME: ", ("PERSON", pt.fmt(rng, "UPLF")), "   MRN: ", ("MRN", pt.mrn), "   AGE: ", age_span(pt.age))
        d.ln("DATE OF EXAM: ", ("DATE_TIME", fdate(rng, pt.visit, "usz")), "   TIME: ", ("DATE_TIME", ftime(rng, "24")))
    elif lay < 0.7:
        d.ln("Patient: ", ("PERSON", pt.fmt(rng, "FL")), " | DOB ", ("DATE_TIME", fdate(rng, pt.dob, "iso")),
             " | Acc ", ("ACCESSION", accession(rng)))
        d.ln("Exam date ", ("DATE_TIME", fdate(rng, pt.visit, "mabbr")))
    elif lay < 0.85:
        pt_header(d, rng, pt, ("name", "dob", "mrn", "acc"))
        d.ln("Procedure date: ", ("DATE_TIME", fdate(rng, pt.visit)))
    else:
        d.ln(("PERSON", pt.fmt(rng, "LF")), " (", age_span(pt.age), "F)  ", ("MRN", pt.mrn), "  ",
             ("DATE_TIME", fdate(rng, pt.visit, "dmy")))
    d.w("Referring REI: ", ("PERSON", rei.fmt(rng, rng.choice(["FL", "IL"]))), ", ", ("credential", "MD"))
    if rng.random() < 0.6:
        d.w(rng.choice(["  fax ", "  tel ", "  office: "]), ("PHONE", phone(rng)))
    d.ln()
    mk(d, "\n{h:HISTORY}: " + rng.choice([
        "Primary infertility x 2 yrs. LMP {lmp}. Partner {partner} semen analysis normal.",
        "Secondary infertility; prior C-section {y:2020}. LMP {lmp}.",
        "Recurrent pregnancy loss. Cycle day 8, LMP {lmp}.",
    ]) + "\n", lmp=("DATE_TIME", fdate(rng, rdate(rng), rng.choice(["md", "mdlong", "us2"]))),
       partner=("PERSON", partner.fmt(rng, "FL")))
    mk(d, "{h:TECHNIQUE}: Speculum placed, balloon catheter, {m:10 mL} water-soluble contrast under {o:fluoroscopy}. "
       "Fluoro time {m:0.6 min}.\n")
    mk(d, "{h:FINDINGS}: " + rng.choice([
        "Normal triangular {a:uterine cavity}. Both {a:fallopian tubes} fill with free intraperitoneal spill.",
        "Hydrosalpinx of the {a:left fallopian tube}, {m:1.8 cm}, without spill. {a:Right tube} patent.",
        "Arcuate fundal indentation {m:6 mm}. Proximal occlusion {a:right cornua}; left tube patent.",
        "Filling defect {m:9 mm} in the {a:uterine fundus}, likely polyp. Bilateral spill.",
    ]) + "\n")
    mk(d, rng.choice(["{h:IMPRESSION}: ", "IMP: "]) + rng.choice(["Bilateral tubal patency.", "Left hydrosalpinx.",
                                                                   "Probable endometrial polyp; consider sonohysterogram."]) + "\n")
    d.ln("Performed by ", ("PERSON", doc.fmt(rng, rng.choice(["FL", "LFM"]))), ", ", ("credential", "MD"),
         " - signed ", ("DATE_TIME", fdate(rng, pt.visit, "us")), " ", ("DATE_TIME", ftime(rng, "ampm")))
    return "XR"


def name_change_update(d, rng):
    """Transgender / gender-diverse patient record update: legal vs preferred name."""
    pt = patient(rng)
    newfirst = people(rng, 1)[0].first
    while newfirst == pt.first:
        newfirst = people(rng, 1)[0].first
    him, clerk = people(rng, 2)
    d.ln(rng.choice(["PATIENT DEMOGRAPHIC CHANGE REQUEST", "Name / Gender Marker Update - HIM",
                     "Chosen Name & Pronoun Record Update"]))
    d.ln(("FACILITY", rng.choice(P.RAD_FAC)), " - Health Information Management")
    d.ln("Received ", ("DATE_TIME", fdate(rng, pt.visit)), " ", ("DATE_TIME", ftime(rng)))
    d.ln("MRN: ", ("MRN", pt.mrn), "   Acct: ", ("ACCOUNT_ID", account(rng)))
    mode = rng.random()
    old = pt.fmt(rng, rng.choice(["LF", "FL", "UPLF"]))
    new_legal = f"{newfirst} {pt.last}"
    d.ln(rng.choice(["Former legal name: ", "Name on file: ", "Previous name: "]), ("PERSON", old))
    if mode < 0.6:
        d.ln("New legal name (court order attached): ", ("PERSON", new_legal))
        d.ln("Court order dated ", ("DATE_TIME", fdate(rng, rdate(rng), rng.choice(["long", "us", "dlong"]))), ", case no. ",
             ("ACCOUNT_ID", f"{letters(rng, 2)}-{digits(rng, 6)}"))
    else:
        d.ln("Legal name unchanged. Chosen/preferred name: ", ("PERSON", newfirst))
    d.ln("Pronouns: ", rng.choice(["she/her", "he/him", "they/them", "he/they"]),
         "   Sex assigned at birth field: ", rng.choice(["retain (clinical)", "hidden from wristband"]))
    d.ln("DOB (unchanged): ", ("DATE_TIME", fdate(rng, pt.dob)))
    d.ln("Insurance ID: ", ("HEALTH_PLAN_ID", plan_id(rng)), rng.choice(["  - payer notified", "  - card reissued, name mismatch"]))
    mk(d, "\nImaging impact: prior {o:MRI} and {o:MG} studies under old name; PACS merge requested for accession ")
    d.ln(("ACCESSION", accession(rng)), ". Technologists to address patient as ", ("PERSON", newfirst), ".")
    mk(d, rng.choice(["Note: {o:MG} screening still indicated given hormone therapy history ({y:2018}).\n",
                      "Note: prostate {o:MRI} protocol orders must not auto-reject on gender marker.\n",
                      "Note: pregnancy screening question to be asked regardless of marker.\n"]))
    d.w("Patient contact: ", ("EMAIL", email(rng, pt)))
    if rng.random() < 0.6:
        d.w(rng.choice([" / ", "; cell "]), ("PHONE", phone(rng)))
    d.ln()
    d.ln("Processed: ", ("PERSON", him.fmt(rng, "IL")), rng.choice([", RHIT", " (HIM)"]), "   QA: ",
         ("PERSON", clerk.fmt(rng, "FL")))
    return "MR"


def foster_record_request(d, rng):
    """Adoption / foster-care agency request for a child's imaging records."""
    pt = patient(rng, ages=(0, 17))
    cw, fp, sup = people(rng, 3)
    agency = rng.choice(["Department of Child Services", "County Children & Family Services", "Tribal Child Welfare Office",
                         "Lutheran Family Adoption Agency"])
    d.ln(agency, rng.choice([" - RECORDS REQUEST", " | Request for Medical Records (minor in care)"]))
    d.ln("To: Radiology Film Library, ", ("FACILITY", rng.choice(P.RAD_FAC)))
    d.ln("Date: ", ("DATE_TIME", fdate(rng, pt.visit)))
    d.ln()
    d.ln("Child: ", ("PERSON", pt.fmt(rng, rng.choice(["FL", "LF", "FML"]))), "   DOB: ", ("DATE_TIME", fdate(rng, pt.dob)),
         "   Age: ", age_span(pt.age))
    if rng.random() < 0.5:
        d.ln("Also known as: ", ("PERSON", f"{pt.first} {people(rng, 1)[0].last}"), " (birth surname)")
    d.ln("Case #: ", ("ACCOUNT_ID", letters(rng, 2) + digits(rng, 7)), "   Medicaid ID: ", ("HEALTH_PLAN_ID", plan_id(rng)))
    d.ln("Current placement: foster parent ", ("PERSON", fp.fmt(rng, "FL")), ", ")
    address(d, rng)
    d.ln()
    d.ln("Caseworker: ", ("PERSON", cw.fmt(rng, rng.choice(["FL", "LF"]))), ", ", ("credential", "LCSW"), "  ",
         ("PHONE", phone(rng)), "  ", ("EMAIL", email(rng, cw)))
    mk(d, rng.choice([
        "\nRequested: all {o:XR} and {o:CT} images and reports from {y:2023} to present, incl. {o:XR} {a:forearm}.\n",
        "\nRequested: {o:MRI} {a:brain} report and images (developmental delay evaluation).\n",
        "\nRequested: {o:US} {a:kidneys} reports; pre-adoption medical summary.\n",
    ]))
    d.ln("Known studies: ", ("ACCESSION", accession(rng)), " (", ("DATE_TIME", fdate(rng, rdate(rng), "us2")), ")",
         *(["; prior MRN at birth hospital ", ("MRN", pt.mrn)] if rng.random() < 0.5 else []))
    d.ln("Please send via secure link to ", ("URL", url(rng, "upload.example.org", "dcs")), " or CD by mail.")
    d.ln("Authorized by ", ("PERSON", sup.fmt(rng, "FML")), ", supervisor. Court order on file.")
    return "XR"


def collections_notice(d, rng):
    """Collections / bankruptcy notice for an imaging bill."""
    pt = patient(rng)
    agent, = people(rng, 1)
    agency = rng.choice(["Meridian Recovery Services", "Apex Receivables Group", "Sunbelt Credit Management",
                         "Great Lakes Account Solutions"])
    upper = rng.random() < 0.4
    d.ln(agency.upper() if upper else agency)
    bc, bs = rng.choice(P.CITIES)
    d.ln(("STREET_ADDRESS", f"PO Box {rng.randint(100, 99999)}"), ", ", ("CITY", bc), " ", bs,
         " ", ("ZIP", zipc(rng)))
    d.ln()
    d.ln(("DATE_TIME", fdate(rng, rdate(rng), rng.choice(["long", "usz", "mabbr"]))))
    d.ln()
    nm = pt.fmt(rng, rng.choice(["FML", "FL"]))
    d.ln(("PERSON", nm.upper() if upper else nm))
    address(d, rng, sep="\n", upper=upper)
    d.ln()
    d.ln()
    d.ln(rng.choice(["RE: ", "Regarding: ", "Creditor: "]), ("FACILITY", rng.choice(P.RAD_FAC)))
    d.ln("Our acct #: ", ("ACCOUNT_ID", account(rng)), "   Original acct: ", ("ACCOUNT_ID", account(rng)))
    mk(d, "Service: {svc} on {dos}   Balance: ${bal}\n", svc=rng.choice(["CT ABD/PELVIS W", "MRI LUMBAR SPINE WO", "US RENAL",
                                                                          "XR CHEST 2V"]),
       dos=("DATE_TIME", fdate(rng, pt.visit, "usz")), bal=f"{rng.randint(120, 4800)}.{rng.randint(0, 99):02d}")
    d.ln()
    if rng.random() < 0.3:
        d.ln("NOTICE: Our records show a Chapter 7 filing (case ", ("ACCOUNT_ID", f"{digits(rng, 2)}-{digits(rng, 5)}"),
             "). If this debt was discharged, this letter is for information only.")
    else:
        d.ln("This is an attempt to collect a debt. Unless you dispute this debt within 30 days, it will be assumed valid.")
    d.ln("Pay online: ", ("URL", url(rng, "pay.example.com", "acct")), " or call ", ("PHONE", phone(rng)),
         rng.choice(["", " M-F 8-5"]))
    d.ln("Insurance on file: ", ("HEALTH_PLAN_ID", plan_id(rng)), " - claim denied ", ("DATE_TIME", fdate(rng, rdate(rng), "md")))
    d.ln("Your representative: ", ("PERSON", agent.fmt(rng, rng.choice(["F", "FL", "IL"]))), " ext. ", str(rng.randint(100, 999)))
    if rng.random() < 0.5:
        d.ln("SSN on file: ", ("SSN", ssn(rng)), " (do not send SSN by e-mail)")
    return "CT"


def cross_border_transfer(d, rng):
    """Canada / Mexico cross-border patient transfer paperwork with imaging."""
    pt = patient(rng)
    send, recv, esc = people(rng, 3)
    canada = rng.random() < 0.5
    d.ln(rng.choice(["INTERNATIONAL PATIENT TRANSFER", "Cross-Border Transfer Packet / Paquete de traslado",
                     "Repatriation & Imaging Transfer Form"]))
    if canada:
        city, prov = rng.choice([("Winnipeg", "MB"), ("Thunder Bay", "ON"), ("Regina", "SK"), ("Lethbridge", "AB"),
                                  ("Kelowna", "BC"), ("Sherbrooke", "QC")])
        pc = f"{letters(rng, 1)}{rng.randint(0, 9)}{letters(rng, 1)} {rng.randint(0, 9)}{letters(rng, 1)}{rng.randint(0, 9)}"
        d.ln("Sending facility: ", ("FACILITY", rng.choice(["Red River Health Sciences Centre", "Lakehead Regional Hospital",
                                                              "Prairie Gateway General"])))
        d.w("  ", ("STREET_ADDRESS", street(rng, unit=False)), ", ", ("CITY", city), ", ", prov, " ", ("ZIP", pc), "\n")
        d.ln("Provincial health card: ", ("HEALTH_PLAN_ID", f"{digits(rng, 4)}-{digits(rng, 3)}-{digits(rng, 3)}-{letters(rng, 2)}"))
    else:
        city = rng.choice(["Hermosillo", "Nogales", "Ciudad Juárez", "Tijuana", "Mexicali", "Monterrey"])
        d.ln("Hospital de origen / Sending: ", ("FACILITY", rng.choice(["Hospital General de Nogales Norte",
                                                                        "Clínica del Desierto", "Hospital Ángeles Frontera"])))
        d.w("  ", ("STREET_ADDRESS", f"Av. {rng.choice(['Obregón', 'Juárez', 'Reforma', 'Hidalgo'])} {rng.randint(10, 2999)}"),
            ", Col. Centro, ", ("CITY", city), ", ", rng.choice(["Son.", "Chih.", "B.C.", "N.L."]), " C.P. ",
            ("ZIP", digits(rng, 5)), "\n")
        d.ln("No. de afiliación IMSS: ", ("HEALTH_PLAN_ID", f"{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 4)} {digits(rng, 1)}"))
    d.ln("Receiving: ", ("FACILITY", rng.choice(P.RAD_FAC if canada else ["Valle del Sol Hospital", "Mesa Verde Regional Medical Center",
                                                                          "St. Amadeus Medical Center"])), "  accepting MD ", ("PERSON", recv.fmt(rng, "FL")))
    d.ln("Patient / Paciente: ", ("PERSON", pt.fmt(rng, rng.choice(["UPLF", "FL", "LFM"]))), "  DOB ",
         ("DATE_TIME", fdate(rng, pt.dob, rng.choice(["dmy2", "dotted", "iso", "us"]))), "  Age ", age_span(pt.age))
    d.ln("US MRN assigned: ", ("MRN", pt.mrn), rng.choice(["", "  (temporary)"]))
    d.ln("Departure: ", ("DATE_TIME", fdate(rng, pt.visit, rng.choice(["dmy2", "iso", "dlong"]))), " ",
         ("DATE_TIME", ftime(rng, "24")), " via ground; port of entry ", ("CITY", rng.choice(["Pembina", "Sweetgrass", "Blaine"] if canada else ["Nogales", "Calexico", "Laredo"])))
    mk(d, "Imaging sent: " + rng.choice(["{o:CT} {a:head} (2 series) and {o:CTA} {a:neck}",
                                         "{o:CT} {a:chest}/{a:abdomen}; {o:XR} {a:femur}",
                                         "{o:MRI} {a:lumbar spine}, report in Spanish"]) + " - ")
    d.ln("shared via ", ("URL", url(rng)), rng.choice(["", " (link expires 7d)"]))
    mk(d, "Key finding: " + rng.choice(["Acute {a:left subdural hematoma} {m:9 mm}.", "Comminuted {a:femoral shaft} fracture.",
                                        "Burst fracture {v:L1}, retropulsion {m:5 mm}."]) + "\n")
    d.ln("Sending physician: ", ("PERSON", send.fmt(rng, rng.choice(["FL", "IL"]))), " ", ("PHONE", phone(rng)))
    d.ln("Family escort: ", ("PERSON", esc.fmt(rng, "FL")), rng.choice([" (hija)", " (spouse)", " (brother)"]))
    if canada and rng.random() < 0.5:
        d.ln("SIN (for billing, do not transmit): ", ("SSN", f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"))
    return "CT"


def accessibility_request(d, rng):
    """Braille / large-print / accessible-format request for imaging results."""
    pt = patient(rng, old_p=0.25)
    coord, rad = people(rng, 2)
    d.ln(rng.choice(["ACCESSIBLE FORMAT REQUEST", "Reasonable Accommodation: Alternate Format of Results",
                     "Patient Accessibility Services - Braille / Large Print"]))
    d.ln(("FACILITY", rng.choice(P.RAD_FAC)), " / Office of Patient Access")
    d.ln("Request logged ", ("DATE_TIME", fdate(rng, pt.visit, rng.choice(["us", "iso", "mabbr"]))), rng.choice([" at ", " @ "]),
         ("DATE_TIME", ftime(rng)))
    if rng.random() < 0.5:
        d.ln("Patient: ", ("PERSON", pt.fmt(rng)), "  MRN ", ("MRN", pt.mrn), "  Age ", age_span(pt.age))
    else:
        pt_header(d, rng, pt, ("name", "mrn", "age", "dob"))
    fmt = rng.choice(["Grade 2 Braille (UEB)", "Large print, 18 pt, high contrast", "Accessible PDF / screen reader",
                      "Audio recording", "ASL video relay review"])
    d.ln("Format: ", fmt)
    d.ln("Reason: ", rng.choice(["legally blind (RP)", "low vision, macular degeneration", "Deaf, ASL primary",
                                 "cognitive - plain language"]))
    mk(d, "Documents: report of {o:" + rng.choice(["CT", "MRI", "US", "MG"]) + "} dated {dt}, accession {acc}.\n",
       dt=("DATE_TIME", fdate(rng, rdate(rng), rng.choice(["us", "long"]))), acc=("ACCESSION", accession(rng)))
    mk(d, "Plain-language summary approved by {rad}, {c:MD}: " + rng.choice([
        "\"A small spot ({m:7 mm}) in your {a:right lung}. We will look again in 6 months.\"",
        "\"Your {a:thyroid} has a lump ({s:TI-RADS 4}). A needle test is advised.\"",
        "\"No stroke. Some wear in your {a:neck} bones at {v:C5-C6}.\"",
    ]) + "\n", rad=("PERSON", rad.fmt(rng, rng.choice(["FL", "IL"]))))
    d.w("Mail to: ")
    address(d, rng)
    d.ln()
    d.ln(rng.choice(["TTY/relay: ", "Phone: ", "VP: "]), ("PHONE", phone(rng)), "   E-mail: ", ("EMAIL", email(rng, pt)))
    d.ln("Coordinator: ", ("PERSON", coord.fmt(rng, rng.choice(["FL", "LF"]))),
         "; due ", ("DATE_TIME", fdate(rng, rdate(rng), rng.choice(["md", "mdabbr"]))))
    return "CT"
