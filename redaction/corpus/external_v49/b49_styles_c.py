"""Prose styles 1-5: move/delete ticket, misfiled-folder audit, RA instructions, attachment thread, SharePoint chat."""

from __future__ import annotations

import random

import b49_pools as pools
from b49_core import P, K, Case, Doc, d_compact, d_iso, d_long, d_us, d_dmy, t_colon, later, study_segs
from b49_fnames import D, patient_folder, study_folder, series_folder, scan_pdf, keep_sentence


def sig(rng, p, creds=None) -> list:
    cred = rng.choice(creds or pools.CREDS)
    return [P("PERSON", p.full), ", ", K("credential", cred)]


def ampm(t) -> str:
    return t.strftime("%I:%M %p").lstrip("0")


def file_move_delete_ticket(rng: random.Random) -> Doc:
    c, c2 = Case(rng), Case(rng)
    d = Doc()
    t = later(rng, c.study_t, 3600, 50000)
    share = ["\\\\rad-nas02\\Export\\", P("FACILITY", c.fac_tok)]
    pf, sf = patient_folder(rng, c), study_folder(rng, c)
    pf2 = patient_folder(rng, c2)
    d.line(f"INC{rng.randint(1000000, 9999999)}  |  Opened ", D(d_us(t)), " ", D(t_colon(t)), " by ", P("PERSON", c.tech.plain),
           " (", P("EMAIL", c.staff_email(c.tech)), ")  |  PACS > Export share")
    d.line("Short description: ", rng.choice(["move wrong-patient folder and delete duplicate zip",
                                              "export landed under wrong patient, please fix", "misnamed study folder"]))
    d.line()
    d.line(rng.choice(["Hi team,", "Hello,", "Good morning -"]))
    d.line("I exported ", c.age_words(), " ", P("PERSON", c.pt.plain), "'s ", study_segs(c.study, " "),
           " for the outside reader and it went into the wrong patient folder. Current location:")
    d.line("    ", share, "\\", pf2, "\\", sf)
    d.line("It belongs under")
    d.line("    ", share, "\\", pf, "\\")
    d.line("The folder ", pf2, " is ", P("PERSON", c2.pt.plain), " (MRN ", P("MRN", c2.mrn), "), a different patient, and ",
           "nothing in it should be touched. Please also delete the duplicate archive ",
           P("PERSON", c.pt.file(rng, "SUR_GIV")), "_", P("ACCESSION", c.acc), "_copy(2).zip that I made by mistake.")
    d.line("The study is ", keep_sentence(rng, c), "; the outside reader at ", P("FACILITY", c.osh),
           " is waiting. Best callback ", P("PHONE", pools.phone_fmt(c.phone, rng.randint(0, 2))), ".")
    d.line()
    d.line("Thanks,")
    d.line(sig(rng, c.tech, ["RT(R)(CT)", "RT(R)(MR)", "RT(R)"]))
    d.line()
    d.line("--- Work notes ---")
    t2 = later(rng, t, 600, 9000)
    d.line(D(d_us(t2)), " ", D(t_colon(t2)), " ", P("PERSON", c.it.plain), ": moved ", sf, " to ", pf,
           ". Checked hashes. Zip deleted (", P("PERSON", c.it.login), ", sudo on vna-exp01).")
    t3 = later(rng, t2, 600, 9000)
    d.line(D(d_us(t3)), " ", D(t_colon(t3)), " ", P("PERSON", c.it2.plain),
           ": privacy office notified since the outside link had already been opened from ", P("IP_ADDRESS", c.ip), ".")
    d.modality = c.modality
    return d


def misfiled_folder_audit_note(rng: random.Random) -> Doc:
    c, c2 = Case(rng), Case(rng)
    c2.pt.surname = c.pt.surname if rng.random() < 0.5 else c2.pt.surname
    d = Doc()
    t = later(rng, c.study_t, 86400, 900000)
    d.line("PRIVACY / HIM AUDIT NOTE - misfiled scan folder")
    d.line("Prepared by: ", P("PERSON", c.it.full), ", Privacy Analyst    Date: ", D(d_long(t)))
    d.line("Facility: ", P("FACILITY", c.fac))
    d.line()
    d.line("Summary. During the weekly scan-index review on ", D(d_dmy(t)), ", the folder")
    d.line("    /him/scans/", D(t.strftime("%Y/%m")), "/", P("PERSON", c.pt.file(rng, "SURGI")), "_",
           D(d_compact(c.dob)), "/")
    d.line("was found to contain ", str(rng.randint(2, 6)), " pages belonging to ", P("PERSON", c2.pt.full),
           " (DOB ", D(d_us(c2.dob)), ", MRN ", P("MRN", c2.mrn), "). The scanning station truncates the surname to five "
           "letters and the given name to two, so both patients produce similar folder keys: ",
           P("PERSON", c.pt.file(rng, "SURGI")), " and ", P("PERSON", c2.pt.file(rng, "SURGI")), ".")
    d.line()
    d.line("Files involved:")
    for _ in range(rng.randint(2, 3)):
        d.line("  - ", scan_pdf(rng, c2))
    d.line()
    d.line("The misfiled outside report was opened by ", P("PERSON", c.ref.plain), " on ", D(d_us(later(rng, t, -80000, -3600))),
           "; its text reads in part:")
    d.line("  ", K("section_header", "FINDINGS"), ": ", keep_sentence(rng, c2), " is stable.")
    d.line("  ", K("section_header", "IMPRESSION"), ": No change since ", K("year", str(rng.randint(2015, 2023))), ".")
    d.line()
    d.line("Actions. Pages re-indexed to the correct record (encounter ", P("ACCOUNT_ID", c2.account),
           "). Notification letter to the affected patient at ", P("STREET_ADDRESS", c2.street), ", ",
           P("CITY", c2.city), ", ", c2.state, " ", P("ZIP", c2.zip), ". The ", c.relation, " of the first patient, ",
           P("PERSON", c.relative.plain), ", who called about the letter, was given the privacy line ",
           P("PHONE", pools.phone_fmt(c.phone, 0)), ".")
    d.line("Recommendation: change the naming template to MRN_DATE only; no names in folder keys.")
    d.modality = c.modality
    return d


def research_assistant_path_instructions(rng: random.Random) -> Doc:
    cases = [Case(rng) for _ in range(rng.randint(3, 4))]
    c0 = cases[0]
    pi, ra = c0.rad, c0.it
    d = Doc()
    t = later(rng, c0.study_t, 86400, 2000000)
    topic = rng.choice(pools.EPONYMS)
    d.line("From: ", P("PERSON", pi.plain), " <", P("EMAIL", c0.staff_email(pi)), ">")
    d.line("To: ", P("PERSON", ra.plain), " <", P("EMAIL", c0.staff_email(ra, False)), ">")
    d.line("Sent: ", D(t.strftime("%A, %B ") + str(t.day) + t.strftime(", %Y")), " ", D(ampm(t)))
    d.line("Subject: pulling the ", K("eponym", topic), " cases - folder paths")
    d.line()
    d.line(f"Hi {ra.given},")
    d.line()
    d.line("Here are the first cases for the retrospective ", K("eponym", topic), " review. They are on the research share "
           "under my name; the export tool names folders MRN_LAST^FIRST and study folders DATE_DESCRIPTION, so please "
           "don't be confused by the mix of formats:")
    d.line()
    for j, c in enumerate(cases, 1):
        d.line(f"{j}. /research/", P("PERSON", pi.login), "/export/", patient_folder(rng, c), "/", study_folder(rng, c),
               "   (", keep_sentence(rng, c), ")")
    d.line()
    c = cases[-1]
    d.line("Case ", str(len(cases)), " is a ", c.age_words(), "; the ", K("modality", c.modality), " there has an extra "
           "series ", series_folder(rng, c, 0, 0), " that you can skip.")
    d.line("Do NOT copy the InsCard_* or ROI_* PDFs that sit next to the images (e.g. ", scan_pdf(rng, c0, "InsCard"),
           "); those are billing scans and have no place in the study data.")
    d.line("After dcm2niix, rename to sub-### and put the key (MRN to sub-ID) only in the locked REDCap project, "
           "not in a spreadsheet on your desktop. Delete the raw copies from C:\\Users\\", P("PERSON", ra.login),
           "\\Downloads when done.")
    d.line()
    d.line("Thanks!")
    d.line(sig(rng, pi, ["MD", "MD, PhD", "DO"]))
    d.line("Dept. of Radiology, ", P("FACILITY", c0.fac), " | ", P("PHONE", pools.phone_fmt(c0.phone, 2)))
    d.modality = c0.modality
    return d


def email_attachment_names_thread(rng: random.Random) -> Doc:
    c = Case(rng)
    d = Doc()
    t = later(rng, c.study_t, 3600, 400000)
    t0 = later(rng, t, -90000, -3600)
    d.line("From: ", P("PERSON", c.ref.last_first), " <", P("EMAIL", c.staff_email(c.ref, False)), ">")
    d.line("To: Radiology File Room <filmroom@", c.domain, ">")
    d.line("Cc: ", P("PERSON", c.tech.plain), " <", P("EMAIL", c.staff_email(c.tech)), ">")
    d.line("Date: ", D(t.strftime("%a, %d %b %Y")), " ", D(t_colon(t, True)), " -0500")
    d.line("Subject: RE: outside images - ", P("PERSON", c.pt.file(rng, "SUR,GIV")), " ", P("MRN", c.mrn))
    d.line("Attachments:")
    atts = [scan_pdf(rng, c, "OutsideReport"), scan_pdf(rng, c, "Requisition"),
            ["Screenshot ", D(d_iso(t0)), " at ", D(t0.strftime("%I.%M.%S %p").lstrip("0")), ".png"]]
    for a in atts:
        d.line("    ", a, f" ({rng.randint(40, 900)} KB)")
    d.line()
    d.line(rng.choice(["Attached are the", "Resending the", "Here are the"]), " outside report and requisition for ",
           P("PERSON", c.pt.full), ". The CD from ", P("FACILITY", c.osh), " only had the ", study_segs(c.study, " "),
           "; the prior ", K("modality", c.modality), " from ", K("year", str(rng.randint(2016, 2023))),
           " is still missing. The ", c.relation, ", ", P("PERSON", c.relative.plain), ", can bring another disc; their number is ",
           P("PHONE", pools.phone_fmt(c.phone, rng.randint(0, 3))), ".")
    d.line("The screenshot shows the import error - the CD folder was named ",
           P("PERSON", c.pt.file(rng, "SUR^GIV")), "_", D(d_compact(c.dob)), " and the importer choked on the caret.")
    d.line()
    d.line(P("PERSON", c.ref.given + " " + c.ref.surname))
    d.line()
    d.line("-----Original Message-----")
    d.line("From: Radiology File Room")
    d.line("Sent: ", D(d_us(t0)), " ", D(ampm(t0)))
    d.line("Subject: outside images - ", P("PERSON", c.pt.file(rng, "SUR,GIV")), " ", P("MRN", c.mrn))
    d.line()
    d.line("> We could not find study ", P("ACCESSION", c.acc), " for this patient. Please send the CD label photo ",
           "(IMG_", str(rng.randint(1000, 9999)), ".HEIC is fine) and the patient's insurance member ID ",
           P("HEALTH_PLAN_ID", c.plan), " confirmation.")
    d.modality = c.modality
    return d


def sharepoint_link_team_message(rng: random.Random) -> Doc:
    c, c2 = Case(rng), Case(rng)
    d = Doc()
    t = later(rng, c.study_t, 3600, 900000)
    tenant = rng.choice(["mvhealth", "stbrigidsrmc", "nwradpartners", "lakeshorech"])
    site = rng.choice(["RadQA", "PeerReview", "IR-Cases", "MSK-Conference"])
    fn = f"{c.pt.file(rng, 'Sur Giv').replace(' ', '%20')}%20{c.acc}%20{d_compact(c.study_day)}.pptx"
    d.line("[", D(ampm(t)), "] ", P("PERSON", c.rad.plain))
    d.line("uploaded the conference case here:")
    d.line(P("URL", f"https://{tenant}.sharepoint.com/sites/{site}/Shared%20Documents/{c.study_day.year}/{fn}?web=1"))
    d.line("can someone check the key images are de-identified? slide 3 still shows ", keep_sentence(rng, c))
    t = later(rng, t, 60, 1200)
    d.line()
    d.line("[", D(ampm(t)), "] ", P("PERSON", c.it.plain))
    d.line("The file name itself has the patient name + accession. OneDrive synced it to my laptop as")
    d.line("C:\\Users\\", P("PERSON", c.it.login), "\\OneDrive - ", P("FACILITY", c.fac), "\\", site, "\\",
           P("PERSON", c.pt.file(rng, "Sur Giv")), " ", P("ACCESSION", c.acc), " ", D(d_compact(c.study_day)), ".pptx")
    d.line("please rename to something like ", site.lower(), "_case", str(rng.randint(1, 40)), ".pptx")
    t = later(rng, t, 60, 1200)
    d.line()
    d.line("[", D(ampm(t)), "] ", P("PERSON", c.rad.plain))
    d.line("done. also the older one /", site, "/", K("year", str(rng.randint(2019, 2023))), "/",
           P("PERSON", c2.pt.file(rng, "SUR_GIV")), "_", c2.age_segs(), "_", K("modality", c2.modality), ".pptx ",
           "- that's the ", c2.age_words(), " from the ", K("eponym", rng.choice(pools.EPONYMS)), " talk")
    d.line("I'll move it to the restricted library and send the link to ", P("EMAIL", c.staff_email(c.ref)))
    d.modality = c.modality
    return d
