"""Prose styles 6-10: naming memo, screenshot chat, research repo leak, crash/temp write-up, cron e-mail."""

from __future__ import annotations

import random

import b49_pools as pools
from b49_core import P, K, Case, Doc, d_compact, d_iso, d_long, d_us, d_short, t_colon, t_hms, later, study_segs
from b49_fnames import D, patient_folder, study_folder, scan_pdf, legacy_ssn_name, keep_sentence
from b49_styles_c import sig, ampm


def scan_naming_convention_memo(rng: random.Random) -> Doc:
    cases = [Case(rng) for _ in range(3)]
    c0 = cases[0]
    d = Doc()
    t = later(rng, c0.study_t, 86400, 3000000)
    d.line("MEMO - Health Information Management, ", P("FACILITY", c0.fac))
    d.line("To: Radiology front desk, file room and scanning staff")
    d.line("From: ", sig(rng, c0.it, ["RHIA", "RHIT", "CHPS"]), ", HIM Supervisor")
    d.line("Date: ", D(d_long(t)))
    d.line("Re: names, dates of birth and SSNs in scanned-document file names")
    d.line()
    d.line("Starting ", D(d_us(later(rng, t, 86400 * 7, 86400 * 20))), ", the scanning stations will name every document "
           "MRN_DOCTYPE_YYYYMMDD and nothing else. A spot check last week found names built every possible way; "
           "these are real examples (already renamed):")
    d.line()
    for c in cases:
        d.line("  * ", scan_pdf(rng, c))
    c = cases[1]
    d.line("  * ", legacy_ssn_name(c), ".tif   <- old film-library key, still SSN based")
    d.line("  * ", P("PERSON", c.pt.file(rng, "sur-giv")), "-", D(d_short(c.study_day)), "-",
           K("modality", c.modality), ".pdf   <- typed by hand, no MRN at all")
    d.line()
    d.line("Why it matters: file names travel. They show up in fax logs, e-mail attachment lists and the nightly export "
           "tree, none of which is access-controlled like the chart. One of the files above was attached to an e-mail to ",
           P("EMAIL", c.staff_email(c.ref, False)), " and forwarded outside the organisation.")
    d.line("If a name on a document does not match the requisition (e.g. ", P("PERSON", c.pt.hl7()), " on the label but ",
           P("PERSON", c.pt.plain), " on the order), stop and call the file room at ",
           P("PHONE", pools.phone_fmt(c0.phone, 1)), ". Do not guess from ", keep_sentence(rng, c), ".")
    d.modality = c0.modality
    return d


def screenshot_filename_chat(rng: random.Random) -> Doc:
    c, c2 = Case(rng), Case(rng)
    d = Doc()
    t = later(rng, c.study_t, 600, 20000)
    a, b = c.rad, c.tech

    def msg(p, t2, *segs):
        d.line(D(t_colon(t2)), "  ", P("PERSON", p.given + " " + p.surname[0] + "."), ": ", list(segs))

    d.line("Secure Chat - ", P("FACILITY", c.fac), " - ", D(d_us(t)))
    msg(a, t, "can you resend the scout? the one you sent is ", "Screenshot_", D(d_compact(t)), "-", D(t_hms(t)),
        "_Viewer.png and it's cropped")
    t = later(rng, t, 30, 300)
    msg(b, t, "sorry that's from the wrong patient too, that screenshot has ", P("PERSON", c2.pt.hl7()), " in the corner")
    t = later(rng, t, 30, 300)
    msg(b, t, "new one: IMG_", D(d_compact(t)), "_", D(t_hms(t)), ".jpg (phone pic of the console, serial label ",
        P("DEVICE_SERIAL", c.serial), " visible, sorry)")
    t = later(rng, t, 30, 300)
    msg(a, t, "ok that's ", P("PERSON", c.pt.plain), ", ", P("ACCESSION", c.acc), ". ", keep_sentence(rng, c),
        " is what I needed")
    t = later(rng, t, 30, 300)
    t0 = later(rng, t, -4000, -100)
    msg(b, t, "also my desktop is full of these: 'Screen Shot ", D(d_iso(t0)), " at ", D(t0.strftime("%I.%M.%S %p").lstrip("0")),
        ".png', '", P("PERSON", c2.pt.file(rng, "Sur_Giv")), "_", K("modality", c2.modality), "_", D(d_compact(c2.study_day)),
        ".png'. should I delete them?")
    t = later(rng, t, 30, 300)
    msg(a, t, "yes, shift-delete, and empty C:\\Users\\", P("PERSON", b.login), "\\Pictures\\Screenshots. ",
        "the ", c2.age_words(), "'s images should never leave PACS")
    d.modality = c.modality
    return d


def research_repo_git_leak_review(rng: random.Random) -> Doc:
    cases = [Case(rng) for _ in range(rng.randint(2, 3))]
    c0 = cases[0]
    dev = c0.it
    d = Doc()
    repo = rng.choice(["lung-nodule-seg", "msk-fracture-cls", "brain-met-detect", "spine-level-labeler"])
    d.line("$ git status --short")
    d.line(" M src/dataset.py")
    for c in cases:
        d.line("?? data/raw/", patient_folder(rng, c), "/")
    d.line("?? notebooks/qc_", P("PERSON", cases[-1].pt.file(rng, "sur_giv")), ".ipynb")
    d.line()
    t = later(rng, c0.study_t, 86400, 900000)
    d.line("$ git log -1 --stat")
    d.line(f"commit {rng.getrandbits(160):040x}")
    d.line("Author: ", P("PERSON", dev.plain), " <", P("EMAIL", c0.staff_email(dev)), ">")
    d.line("Date:   ", D(d_iso(t)), " ", D(t_colon(t, True)), " -0600")
    d.line()
    d.line("    add labels for ", K("vertebral_level", rng.choice(["L4-L5", "L5-S1", "C5-C6", "T12"])), " cases")
    d.line()
    for c in cases[:2]:
        d.line(" labels/", P("MRN", c.mrn), "_", D(d_compact(c.study_day)), "_", study_segs(c.study, "_"),
               f".nii.gz | Bin 0 -> {rng.randint(100000, 900000)} bytes")
    d.line(" configs/paths.yaml" + " " * 20 + "|   4 +-")
    d.line()
    d.line("--- Review comment on PR #", str(rng.randint(10, 300)), " (", repo, ") by ", P("PERSON", c0.rad.plain), " ---")
    c = cases[0]
    d.line("The label files are keyed by MRN and scan date, and paths.yaml hard-codes ",
           "/mnt/", P("IP_ADDRESS", c0.ip), "/research/", P("PERSON", c.pt.file(rng, "SUR_GIV")), "/. "
           "Please move everything to the pseudonymised sub-### layout, purge the history with git filter-repo, and "
           "re-run the conversion; the age field in the CSV also has a ", cases[-1].age_words(),
           " that has to be bucketed. Model-wise the ", K("sequence", rng.choice(["STIR", "T2 FLAIR", "DWI", "SWI"])),
           " inputs look fine.")
    d.modality = c0.modality
    return d


def crash_tempfile_incident_writeup(rng: random.Random) -> Doc:
    c = Case(rng)
    d = Doc()
    t = later(rng, c.study_t, 600, 90000)
    ws = P("IP_ADDRESS", c.ip)
    d.line("Incident write-up: viewer crash dumps and temp files containing PHI")
    d.line("Author: ", P("PERSON", c.it.full), "   Reviewed: ", P("PERSON", c.it2.full))
    d.line()
    d.line("On ", D(d_long(t)), " at ", D(ampm(t)), " the reading-room viewer on workstation ", ws,
           " crashed while ", P("PERSON", c.rad.plain), " was reading ", study_segs(c.study, " "), " (accession ",
           P("ACCESSION", c.acc), "). Windows Error Reporting wrote")
    d.line("    C:\\ProgramData\\Viewer\\Dumps\\viewer_", P("PERSON", c.pt.hl7()), "_", D(d_compact(t)), "_", D(t_hms(t)), ".dmp")
    d.line("and the auto-upload sent it to the vendor's support portal. The dump file name alone carries the patient name; "
           "the dump body holds the loaded DICOM headers. Leftover temp files found afterwards:")
    d.line("    C:\\Users\\", P("PERSON", c.rad.login), "\\AppData\\Local\\Temp\\dcm_", P("MRN", c.mrn), "_",
           str(rng.randint(1000, 9999)), ".tmp")
    d.line("    C:\\Users\\", P("PERSON", c.rad.login), "\\AppData\\Local\\Temp\\~", P("PERSON", c.pt.file(rng, "SURGI")),
           "_rpt.txt")
    d.line("    /var/tmp/import_", P("FACILITY", c.osh_tok), "_", P("PERSON", c.pt.file(rng, "SUR_GIV")), ".partial")
    d.line("The .txt is an autosaved draft:")
    d.line("    ", K("section_header", "CLINICAL HISTORY"), ": ", c.age_words(), " with ", K("eponym", rng.choice(pools.EPONYMS)), ".")
    d.line("    ", K("section_header", "TECHNIQUE"), ": ", K("modality", c.modality), " per protocol.")
    d.line("    ", K("section_header", "FINDINGS"), ": ", keep_sentence(rng, c), ".")
    d.line("The images came from scanner serial ", P("DEVICE_SERIAL", c.serial), "; its console was not involved.")
    d.line()
    d.line("Actions: vendor asked to purge case ", str(rng.randint(100000, 999999)), " (contact ", P("PERSON", c.ref.plain),
           ", ", P("PHONE", pools.phone_fmt(c.fax, 2)), "); dumps redirected to an encrypted local folder; temp cleanup "
           "added to logoff script. Patient's account ", P("ACCOUNT_ID", c.account), " flagged for disclosure accounting.")
    d.modality = c.modality
    return d


def cron_cleanup_output_email(rng: random.Random) -> Doc:
    cases = [Case(rng) for _ in range(rng.randint(2, 3))]
    c0 = cases[0]
    d = Doc()
    t = later(rng, c0.study_t, 86400, 3000000)
    host = rng.choice(["vna-exp01", "rad-gw02", "teleread-sftp"])
    d.line("From: root@", host, ".", c0.domain)
    d.line("To: ", P("EMAIL", c0.staff_email(c0.it, False)))
    d.line("Subject: Cron <pacsadm@", host, "> /opt/scripts/purge_exports.sh")
    d.line("Date: ", D(t.strftime("%a, %d %b %Y")), " ", D(t_colon(t, True)), " +0000")
    d.line()
    d.line("# --- purge_exports.sh (excerpt, maintained by ", P("PERSON", c0.it.plain), ") ---")
    d.line("# Exports older than 30 days are deleted. Folders are LAST_FIRST_MRN from the old tool or")
    d.line("# MRN^LAST^FIRST from the new one, so we cannot parse them; we go by mtime only.")
    d.line("# Exception per ", P("PERSON", c0.rad.plain), ": anything under HOLD_* is litigation hold, never delete.")
    d.line("find /export -mindepth 2 -maxdepth 2 -type d -mtime +30 ! -path '*/HOLD_*' -print -exec rm -rf {} +")
    d.line()
    d.line("# --- output ---")
    for c in cases:
        d.line("/export/", P("FACILITY", c.osh_tok), "/", patient_folder(rng, c))
    c = cases[-1]
    d.line("rm: cannot remove '/export/", P("FACILITY", c0.osh_tok), "/", study_folder(rng, c),
           "/.nfs000000000", str(rng.randint(1000, 9999)), "': Device or resource busy")
    d.line("skipped (hold): /export/HOLD_", P("PERSON", c0.pt.file(rng, "SUR_GIV")), "_", P("MRN", c0.mrn), "_",
           D(d_compact(c0.dob)))
    tt = later(rng, t, 1, 60)
    d.line("purge finished ", D(d_iso(tt)), " ", D(t_colon(tt, True)), f"; freed {rng.randint(2, 90)}.{rng.randint(0, 9)}G")
    d.modality = c0.modality
    return d
