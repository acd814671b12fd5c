"""Structured styles, part B: mobile mammography van rosters, billing statements, franchise audit checklists,
aviation/military clearance forms, adoption record requests."""

from __future__ import annotations

import b25_clinical as C
import b25_pools as PL
from b25_common import ds, fac_with_tail, patient_block, pick, table, ts
from b25_doc import Doc


def mammo_van_roster(rng) -> Doc:
    d = Doc()
    d.modality = "MG"
    techs = PL.distinct_people(rng, 2, staff=True)
    d.line(pick(rng, "MOBILE MAMMOGRAPHY VAN - DAILY ROSTER", "Mammo coach stop sheet", "Van roster"),
           pick(rng, "", " (unit 2)", " - screening day"))
    d.line(pick(rng, "Stop: ", "Site: ", "Location: "), pick(rng, "parking lot, ", "community center, ", "church hall, "),
           *PL.address_parts(rng, True))
    d.line("Date ", ds(rng, None, rng.choice(["us", "long", "dmon"])), pick(rng, "  Arrive ", " | setup "), ts(rng, "ampm"))
    d.line("Techs: ", (techs[0].plain(), "PERSON"), " ", ("RT(R)(M)", "credential"), ", ", (techs[1].initial_last(), "PERSON"))
    if rng.random() < 0.4:
        d.line("Van unit serial ", (PL.serial(rng), "DEVICE_SERIAL"), " - uplink ", (PL.ip(rng), "IP_ADDRESS"))
    n = rng.randint(3, 6)
    pts, seen = [], set()
    while len(pts) < n:
        p = PL.Person(rng, sex="F")
        if p.last not in seen and p.first not in seen:
            seen.update({p.first, p.last})
            pts.append(p)
    rows = []
    for p in pts:
        age = C.age_old(rng, PL.old_age(rng)) if rng.random() < 0.15 else [C.age_young(rng, 40, 79)]
        rows.append([ts(rng, rng.choice(["24", "ampm"])), (pick(rng, p.last_first(), p.upper(), p.plain()), "PERSON"), age,
                     (PL.plan_id(rng), "HEALTH_PLAN_ID"), (PL.phone(rng), "PHONE"),
                     [(rng.choice(["BI-RADS 1", "BI-RADS 2", "BI-RADS 0"]), "score")] if rng.random() < 0.7 else "none"])
    table(d, ["Time", "Name", "Age", "Member ID", "Phone", "Prior"], rows, rng.choice(["pipe", "fixed", "csv", "md"]))
    d.blank()
    if rng.random() < 0.6:
        d.line("Callback list: ", (pts[0].first, "PERSON"), " needs ", ("tomosynthesis", "modality"),
               " of the ", (rng.choice(["upper outer quadrant", "retroareolar region", "left axilla"]), "anatomy"),
               " at ", (PL.facility(rng), "FACILITY"), ".")
    if rng.random() < 0.5:
        d.line("Density notice letters: ", ("ACR density C", "score"), " or ", ("ACR density D", "score"), " only.")
    d.line("Reader: Dr. ", (PL.Person(rng, staff=True).last, "PERSON"))
    return d


def billing_statement(rng) -> Doc:
    d = Doc()
    d.modality = rng.choice(["CT", "MR", "US", "XR", "MG"])
    g = PL.Person(rng)
    pt = g if rng.random() < 0.5 else PL.Person(rng)
    fac = PL.facility(rng)
    d.add(*fac_with_tail(rng, fac))
    d.line()
    d.line(pick(rng, "PATIENT STATEMENT", "Statement of account", "Radiology billing statement"))
    d.line("Statement date: ", ds(rng, None, rng.choice(["us", "long"])), pick(rng, "   Due: ", "  Pay by "), ds(rng, None, "us"))
    d.line(pick(rng, "Guarantor: ", "Bill to: "), (pick(rng, g.upper(), g.full()), "PERSON"))
    d.line(*PL.address_parts(rng, rng.random() < 0.5))
    d.line(pick(rng, "Account #: ", "Acct: ", "Guarantor account "), (PL.account(rng), "ACCOUNT_ID"))
    if pt is not g:
        d.line("Patient: ", (pt.last_first(), "PERSON"), pick(rng, " (dependent)", " (spouse)", ""))
    d.line("Insurance: ", rng.choice(PL.INSURERS), "  ID ", (PL.plan_id(rng), "HEALTH_PLAN_ID"))
    d.blank()
    lines = rng.randint(1, 4)
    total = 0
    for _ in range(lines):
        amt = rng.randint(40, 2400)
        total += amt
        d.line(ds(rng, None, "short"), "  ", C.modality(rng, d.modality), " ",
               (rng.choice(C.ANATOMY), "anatomy"), pick(rng, " w/o contrast", " w/ contrast", " limited", ""),
               f"  ${amt}.00")
    d.line(f"Balance after insurance: ${total // 3}.{rng.randint(10, 99)}")
    d.blank()
    d.add(pick(rng, "Message: ", "Note from billing: ", ""))
    d.add("Your plan denied the ", C.modality(rng, d.modality), " on ", ds(rng, None, rng.choice(["long", "us"])),
          " because the ordering doctor, Dr. ", (PL.Person(rng, staff=True).last, "PERSON"), ", did not send the ",
          pick(rng, "prior authorization", "referral"), ". ")
    if rng.random() < 0.5:
        d.add("The diagnosis billed was ", (rng.choice(C.EPONYMS), "eponym"), ". ")
    d.line("Pay online at ", (PL.url(rng, "pay"), "URL"), " or call ", (PL.phone(rng), "PHONE"), ".")
    if rng.random() < 0.4:
        d.line("Financial counselor: ", (PL.Person(rng, staff=True).plain(), "PERSON"), ", ", (PL.email(rng), "EMAIL"))
    return d


def franchise_audit(rng) -> Doc:
    d = Doc()
    d.modality = rng.choice(["MR", "CT", "US", "MG"])
    site = PL.facility(rng)
    aud, mgr = PL.distinct_people(rng, 2, staff=True)
    d.line(pick(rng, "FRANCHISE COMPLIANCE AUDIT", "Imaging Center Franchise Audit - Findings", "Site audit checklist"))
    d.line("Site: ", (site, "FACILITY"), pick(rng, "", " (franchisee)", " #" + str(rng.randint(10, 99))))
    d.line("Address: ", *PL.address_parts(rng, True))
    d.line("Audit date: ", ds(rng), pick(rng, "  Auditor: ", " | by "), (aud.full(), "PERSON"), ", ", (rng.choice(["CIC", "CHC", "RT(R)"]), "credential"))
    d.line("Site manager: ", (mgr.last_first(), "PERSON"), " ", (PL.phone(rng), "PHONE"))
    d.blank()
    items = [("Scanner QA log current", None), ("Contrast reaction kit checked", None),
             ("Zone IV access controlled", None), ("HIPAA sign-in sheet covered", None),
             ("Implant cards scanned into chart", "serial"), ("Chart sample", "chart")]
    rng.shuffle(items)
    for k, (label, extra) in enumerate(items[:rng.randint(3, 6)], 1):
        mark = rng.choice(["PASS", "FAIL", "N/A", "[x]", "[ ]"])
        d.add(f"{k}. {label}: {mark}")
        if extra == "serial":
            d.add(" - stimulator ", (PL.serial(rng), "DEVICE_SERIAL"), " for ", (PL.Person(rng).initial_last(), "PERSON"))
        if extra == "chart":
            p = PL.Person(rng)
            d.add(" - ", (p.upper(), "PERSON"), ", MRN ", (PL.mrn(rng), "MRN"), ", acc ", (PL.accession(rng), "ACCESSION"),
                  ", ", C.modality(rng, d.modality), " ", ds(rng, None, "short"), ": ", *C.finding(rng))
        d.line()
    d.blank()
    d.line(("CORRECTIVE ACTIONS", "section_header"), ":")
    d.line("- Screening form signed by patient ", *C.age_old(rng, PL.old_age(rng)), " lacked witness signature.")
    if rng.random() < 0.5:
        d.line("- Remote console ", (PL.ip(rng), "IP_ADDRESS"), " left logged in.")
    d.line("Response due ", ds(rng, None, "long"), " to ", (PL.email(rng, aud), "EMAIL"))
    return d


def faa_clearance_form(rng) -> Doc:
    d = Doc()
    d.modality = rng.choice(["MR", "CT", "XR"])
    pt = PL.Person(rng)
    ame = PL.Person(rng, staff=True)
    mil = rng.random() < 0.45
    d.line(pick(rng, "DEPLOYMENT MEDICAL CLEARANCE - IMAGING", "Pre-deployment imaging review") if mil else
           pick(rng, "AVIATION MEDICAL IMAGING SUMMARY", "Airman medical - radiology attachment", "FAA special issuance imaging"))
    d.line(pick(rng, "Name: ", "Airman: ", "Service member: "), (pick(rng, pt.upper(), pt.last_first(), pt.dicom()), "PERSON"))
    d.line("DOB: ", ds(rng, PL.dob(rng)), pick(rng, "   Age: ", "  "), C.age_young(rng, 19, 66))
    if mil or rng.random() < 0.3:
        d.line("SSN: ", (PL.ssn(rng), "SSN"))
    d.line(pick(rng, "MRN: ", "Clinic no.: "), (PL.mrn(rng), "MRN"))
    if mil:
        d.line("Unit mailing address: ", *PL.address_parts(rng, True))
    else:
        d.line("Home: ", *PL.address_parts(rng, False))
    d.blank()
    d.line(pick(rng, "Imaging reviewed:", "Studies:", "Radiology on file:"))
    for _ in range(rng.randint(1, 3)):
        d.line(pick(rng, "- ", "* "), ds(rng), " ", C.modality(rng, d.modality), ", accession ",
               (PL.accession(rng), "ACCESSION"), " at ", (PL.facility(rng), "FACILITY"))
    d.line(("IMPRESSION", "section_header"), ": ", *C.finding(rng), pick(rng, " ", " Cardiac: "),
           (rng.choice(["Agatston score 0", "CAD-RADS 1", "CAD-RADS 2"]), "score"), ".")
    d.line("Determination: ", pick(rng, "qualified", "deferred", "fit for deployment", "not fit - refer"),
           "; next review ", ds(rng, None, rng.choice(["mdlong", "us"])))
    d.line(pick(rng, "AME: ", "Reviewing physician: "), (ame.full(), "PERSON"), ", ", C.cred(rng), ", ", (PL.phone(rng), "PHONE"))
    if rng.random() < 0.5:
        d.line("Upload: ", (PL.url(rng, "amcs"), "URL"))
    return d


def adoption_records_request(rng) -> Doc:
    d = Doc()
    d.modality = rng.choice(["US", "XR", "MR"])
    child, p1, p2, bm = PL.Person(rng), PL.Person(rng), PL.Person(rng), PL.Person(rng, sex="F")
    d.line(pick(rng, "REQUEST FOR MEDICAL RECORDS - ADOPTION", "Adoption records request", "Post-adoption records release"))
    d.line("Agency case no.: ", (PL.account(rng), "ACCOUNT_ID"), pick(rng, "", "   Received ", "  rec'd "),
           ds(rng, None, "us") if rng.random() < 0.6 else "")
    d.blank()
    d.line("Child's current name: ", (child.full(), "PERSON"))
    if rng.random() < 0.7:
        d.line("Name at birth: ", (PL.Person(rng).first + " " + bm.last, "PERSON"))
    born = PL.date(rng, 2006, 2022)
    d.line("Date of birth: ", ds(rng, born), "   Birth hospital: ",
           (rng.choice(PL.FAC_STEMS) + pick(rng, " Hospital", " Medical Center", " Birthing Center"), "FACILITY"))
    d.line("Adoptive parent(s): ", (p1.plain(), "PERSON"), pick(rng, " and ", "; "), (p2.plain(), "PERSON"))
    d.line("Mailing address: ", *PL.address_parts(rng, True))
    d.line("Phone: ", (PL.phone(rng), "PHONE"), pick(rng, "   Email: ", "  e-mail "), (PL.email(rng, p1), "EMAIL"))
    if rng.random() < 0.5:
        d.line("Birth mother (if known): ", (bm.last_first(), "PERSON"), ", ", C.age_young(rng, 15, 44), " at delivery")
    d.blank()
    d.line("Records requested:")
    d.line("[x] ", pick(rng, "Neonatal head ", "Hip ", "Renal "), C.modality(rng, "US" if d.modality == "MR" else d.modality), " from ",
           ds(rng, born + PL._dt.timedelta(days=rng.randint(1, 20)), "mon"),
           pick(rng, " - ", ", ") , "MRN ", (PL.mrn(rng), "MRN"))
    d.line(pick(rng, "[x] ", "[ ] "), "Radiology reports mentioning ", (rng.choice(["Wilms tumor", "Meckel diverticulum",
           "Legg-Calve-Perthes disease", "Osgood-Schlatter disease"]), "eponym"), " or the ",
           (rng.choice(["left kidney", "right kidney", "femoral neck", "terminal ileum"]), "anatomy"))
    if rng.random() < 0.5:
        d.line("[x] Images for the family of the ", (C.measure(rng), "measurement"), " lesion (see letter)")
    d.line("Reason: ", pick(rng, "genetic counselling for ", "new diagnosis of ", "family history of "),
           (rng.choice(["Sturge-Weber syndrome", "von Hippel-Lindau disease", "Hodgkin lymphoma"]), "eponym"))
    if rng.random() < 0.5:
        d.line("Prior ", ("ultrasound", "modality"), " read by Dr. ", (PL.Person(rng, staff=True).last, "PERSON"), " on ",
               ds(rng), pick(rng, "", " (attached)", "; outside film to follow"))
    if rng.random() < 0.4:
        d.line("Fax results to ", (PL.phone(rng), "PHONE"), " or upload at ", (PL.url(rng, "roi"), "URL"))
    d.line("Court order on file: ", pick(rng, "yes", "no", "pending"), "; caseworker ", (PL.Person(rng, staff=True).initial_last(), "PERSON"),
           ", ", ("LCSW", "credential"))
    return d
