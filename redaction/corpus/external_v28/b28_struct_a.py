"""Structured genres, part A: pneumoconiosis B-read forms, outside-film import requests, RECIST sheets,
biobank consent logs, scanner downtime logs."""

from __future__ import annotations

import random

from b28_doc import Doc
from b28_kit import K, P, addr, age, city, dob, dte, fac, nm, tm
from b28_pools import DOMAINS, Person, host


def bread_form(r: random.Random):
    d, w, reader = Doc(), Person(r), Person(r)
    d.w("ROENTGENOGRAPHIC INTERPRETATION (ILO classification)\n")
    d.line("1. Worker name: ", nm(w, True))
    d.line("2. SSN: ", P("SSN", r), "      3. DOB: ", dob(r))
    d.line("4. Employer: ", r.choice(["Slate Hollow Quarry", "Cedar Bluff Coal Co.", "Wexford Foundry"]),
           "   Mine ID ", str(r.randint(1000000, 9999999)))
    d.line("5. Date of radiograph: ", dte(r, False), "   6. Facility: ", fac(r))
    d.line("7. Film quality: ", r.choice(["1", "2", "3 (underexposed)"]), "   Type: ", K("modality", r), " PA chest")
    d.line("2B. Small opacities: shape p/s  zones R U M L  profusion ", (r.choice(["0/1", "1/0", "1/1", "2/1"]), "score"))
    d.line("3B. Pleural plaques: chest wall in profile, ", (r.choice(["pleura", "costophrenic angle", "diaphragm"]), "anatomy"), ", width ", K("measurement", r))
    d.line("4. Other symbols: ", r.choice(["em", "hi", "ax", "es", "pi"]), "   Comments: ",
           r.choice(["old healed rib fx", "possible ", "calcified granuloma"]), " ", K("eponym", r) if r.random() < .4 else "")
    d.line("Age at exam: ", *age(r, 0.3))
    d.line("Physician reader: ", nm(reader, True), ", ", ("MD", "credential"), "  Cert # B", str(r.randint(1000, 9999)),
           "   Date read: ", dte(r, False))
    d.line("Reader address: ", *addr(r), "   Tel ", P("PHONE", r))
    return d, "XR"


def outside_film_import(r: random.Random):
    d, pt, req = Doc(), Person(r), Person(r)
    d.w("OUTSIDE IMAGE IMPORT REQUEST  #", str(r.randint(10000, 99999)), "\n")
    d.line("Requested by: ", nm(req), " / ", (req.email(), "EMAIL"), "  ", dte(r, False), " ", tm(r))
    d.line("Patient: ", (pt.hl7(), "PERSON") if r.random() < 0.4 else nm(pt, True), "   Local MRN ", P("MRN", r),
           "   DOB ", dob(r))
    d.line("Insurance: ", r.choice(["Aetna", "Tricare", "Medicaid", "UHC"]), " #", P("HEALTH_PLAN_ID", r))
    d.line("Sending site: ", fac(r), " (", city(r), ")   Phone ", P("PHONE", r))
    d.line("Study: ", K("modality", r), " ", r.choice(["C-spine", "L-spine", "abdomen/pelvis", "knee"]), " dated ",
           dte(r), "   Outside acc# ", P("ACCESSION", r))
    link = f"https://{host(r)}/share/{r.randint(10**7, 10**8 - 1)}?token={r.randint(10**5, 10**6 - 1):x}"
    d.line("Link provided: ", (link, "URL"))
    d.line("DICOM node: AE ", r.choice(["OUTSIDE_IMP", "CDIMPORT", "EXT_Q"]), " @ ", P("IP_ADDRESS", r), ":104")
    d.line("Reason: ", r.choice(["second opinion", "surgical planning", "comparison for f/u"]), " - ",
           K("eponym", r), "? / level ", K("vertebral_level", r))
    d.line("Status: ", r.choice(["IMPORTED", "pending CD", "FAILED - reprocess", "imported, name mismatch fixed"]),
           " by ", (Person(r).first.lower(), "PERSON"), " ", dte(r))
    return d, "MR"


def recist_sheet(r: random.Random):
    d, pt, rad = Doc(), Person(r), Person(r)
    d.w("RECIST 1.1 TUMOR MEASUREMENT WORKSHEET\n")
    d.line("Protocol: ", r.choice(["LCI-2291", "NRG-GU009", "ABX-417"]), "   Subject: ", r.choice(["0", "1"]),
           str(r.randint(10, 99)), "-", str(r.randint(100, 999)), "   Initials: ", (pt.first[0] + pt.last[0], "PERSON"))
    d.line("Pt: ", nm(pt, True), "  MRN ", P("MRN", r), "  Site: ", fac(r))
    d.line("Baseline ", K("modality", r), " ", dte(r, False), "  acc ", P("ACCESSION", r))
    d.line("Follow-up ", K("modality", r), " ", dte(r, False), "  acc ", P("ACCESSION", r))
    d.line("")
    d.line("#  | Location               | Baseline    | Follow-up")
    for i in range(r.randint(2, 4)):
        d.line(str(i + 1), "  | ", K("anatomy", r), " | ", (f"{r.randint(10, 70)} mm", "measurement"), " | ",
               (f"{r.randint(5, 70)} mm", "measurement"))
    d.line("Non-target: ", r.choice(["bone lesion ", "nodes "]), K("vertebral_level", r), " - present")
    d.line("New lesions: ", r.choice(["none", "yes - liver"]), "   Response: ", r.choice(["PR", "SD", "PD", "CR"]))
    d.line("Reader: ", nm(rad, True), " ", K("credential", r), "   Signed ", dte(r), " ", tm(r))
    return d, "CT"


def biobank_consent_log(r: random.Random):
    d = Doc()
    d.w("BIOBANK IMAGING SUB-STUDY - CONSENT LOG  (", fac(r), ")\n")
    d.line("date | participant | MRN | age | consenter | notes")
    for _ in range(r.randint(4, 6)):
        p, c = Person(r), Person(r)
        note = r.choice(["declined future contact", "OK to re-contact", "LAR signed (daughter)",
                         "wants results", "withdrew", ""])
        d.line(dte(r), " | ", nm(p, True), " | ", P("MRN", r), " | ", *age(r, 0.3), " | ",
               (c.first[0] + c.last[0], "PERSON") if r.random() < 0.5 else nm(c), " | ", note,
               (" - call " if note else "call "), P("PHONE", r))
    d.line("Witness log reviewed by ", nm(Person(r), True), " ", dte(r, False))
    return d, "MR"


def downtime_log(r: random.Random):
    d, eng = Doc(), Person(r)
    unit = r.choice(["CT2", "MR-3T East", "US room 4", "DR room B"])
    d.w("SCANNER DOWNTIME LOG - ", unit, "  (serial ", P("DEVICE_SERIAL", r), ")\n")
    d.line("Site: ", fac(r), "    Console IP ", P("IP_ADDRESS", r))
    for _ in range(r.randint(3, 5)):
        who = Person(r)
        d.line(dte(r), " ", tm(r), " - ", r.choice(["tube arc", "helium alarm", "gantry err 0x41",
                                                       "DICOM send fail", "coil unplugged", "table stuck"]),
               "; ", (who.first.upper(), "PERSON") if r.random() < 0.4 else nm(who), " ",
               r.choice(["paged FSE", "rebooted", "moved pts to backup", "called vendor"]))
    d.line("Affected pt: ", nm(Person(r), True), " (", P("MRN", r), ") rescheduled ", dte(r))
    d.line("Vendor ticket via ", (f"https://service.{r.choice(DOMAINS)}/ticket/{r.randint(10**5, 10**6 - 1)}", "URL"),
           "  FSE ", nm(eng), " ", P("PHONE", r))
    d.line("Replaced part S/N ", P("DEVICE_SERIAL", r), "; QA phantom OK ", dte(r))
    return d, r.choice(["CT", "MR"])
