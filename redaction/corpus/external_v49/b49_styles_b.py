"""Structured styles 6-10: rsync/robocopy, cloud blob keys, dcm2niix/BIDS, watch folder, fax/print queue."""

from __future__ import annotations

import random

import b49_pools as pools
from b49_core import P, K, Case, Doc, d_compact, d_iso, d_short, d_us, t_colon, t_hms, later, study_segs, series_segs
from b49_fnames import D, patient_folder, study_folder, series_folder, scan_pdf, image_name


def _ts_iso(t, sep="T"):
    return [D(d_iso(t)), sep, D(t_colon(t, True))]


def rsync_robocopy_transfer_log(rng: random.Random) -> Doc:
    cases = [Case(rng) for _ in range(rng.randint(1, 3))]
    c0 = cases[0]
    d = Doc()
    t = later(rng, c0.study_t, 7200, 90000)
    if rng.random() < 0.5:
        d.line("$ rsync -avh --progress /data/outside_cd/ ", P("PERSON", c0.it.login), "@", P("IP_ADDRESS", c0.ip),
               ":/research/incoming/", P("FACILITY", c0.osh_tok), "/")
        d.line("sending incremental file list")
        for c in cases:
            pf = patient_folder(rng, c)
            sf = study_folder(rng, c)
            d.line(pf, "/")
            d.line(pf, "/", sf, "/")
            for j in range(rng.randint(1, 3)):
                d.line(pf, "/", sf, "/", series_folder(rng, c, j, 1), "/", image_name(rng, c, j + 1))
                d.line(f"         {rng.randint(1, 90)}.{rng.randint(1, 9)}M 100%   {rng.randint(11, 99)}.{rng.randint(1, 9)}MB/s"
                       f"    0:00:0{rng.randint(0, 9)} (xfr#{j + 1}, to-chk={rng.randint(1, 40)}/{rng.randint(41, 90)})")
        d.line()
        d.line(f"sent {rng.randint(20, 900)}.{rng.randint(1, 9)}M bytes  received {rng.randint(200, 999)} bytes")
        d.line("rsync error: some files/attrs were not transferred (code 23) at main.c(1338)")
        d.line("# finished ", _ts_iso(t, " "), " on ", P("IP_ADDRESS", c0.ip2))
    else:
        src = ["\\\\", P("IP_ADDRESS", c0.ip), "\\export$\\", P("FACILITY", c0.fac_tok)]
        dst = ["\\\\rad-nas02\\Research\\", P("PERSON", c0.rad.file(rng, "SurGiv")), "_cohort"]
        d.line("-------------------------------------------------------------------------------")
        d.line("   ROBOCOPY     ::     Robust File Copy for Windows")
        d.line("-------------------------------------------------------------------------------")
        d.line("  Started : ", P("DATE_TIME", t.strftime("%A, %B ") + str(t.day) + t.strftime(", %Y")), " ",
               P("DATE_TIME", t.strftime("%I:%M:%S %p").lstrip("0")))
        d.line("   Source : ", src, "\\")
        d.line("     Dest : ", dst, "\\")
        d.line("    Files : *.*")
        d.line("  Options : /S /E /COPY:DAT /R:1 /W:5 /LOG+:C:\\Users\\", P("PERSON", c0.it.login), "\\robo_",
               D(d_compact(t)), ".log")
        d.line("------------------------------------------------------------------------------")
        for c in cases:
            pf = patient_folder(rng, c, rng.choice(["SUR_GIV", "SUR^GIV", "Sur Giv"]))
            d.line(f"\t  New Dir          {rng.randint(2, 9)}\t", src, "\\", pf, "\\")
            for j in range(rng.randint(1, 3)):
                d.line(f"\t    New File  \t\t{rng.randint(1, 80)}.{rng.randint(1, 9)} m\t", image_name(rng, c, j + 1))
            if rng.random() < 0.5:
                d.line(_ts_iso(later(rng, t, 5, 200), " "), " ERROR 32 (0x00000020) Copying File ", src, "\\", pf, "\\",
                       scan_pdf(rng, c))
                d.line("The process cannot access the file because it is being used by another process.")
        d.line("------------------------------------------------------------------------------")
        d.line("   Ended : ", P("DATE_TIME", d_us(later(rng, t, 300, 3000))))
    d.modality = c0.modality
    return d


def cloud_blob_key_listing(rng: random.Random) -> Doc:
    cases = [Case(rng) for _ in range(rng.randint(2, 3))]
    c0 = cases[0]
    d = Doc()
    bucket = rng.choice(["rad-ai-train-raw", "img-share-prod", "teleread-inbox", "ct-archive-coldline"])
    t = later(rng, c0.study_t, 3600, 60000)
    if rng.random() < 0.6:
        d.line("$ aws s3 ls s3://", bucket, "/", P("FACILITY", c0.fac_tok), "/ --recursive --human-readable")
        for c in cases:
            keyp = [P("FACILITY", c0.fac_tok), "/", D(c.study_day.strftime("%Y/%m/%d")), "/",
                    P("MRN", c.mrn), "/", P("ACCESSION", c.acc), "/"]
            for j in range(rng.randint(1, 3)):
                t2 = later(rng, t, 1, 400)
                leaf = series_segs(c.series[j % len(c.series)], "_") + [f"/{j + 1:04d}.dcm"]
                d.line(D(d_iso(t2)), " ", D(t_colon(t2, True)), f" {rng.randint(10, 990)}.{rng.randint(0, 9)} KiB ", keyp, leaf)
            t2 = later(rng, t, 1, 400)
            d.line(D(d_iso(t2)), " ", D(t_colon(t2, True)), "   2.1 KiB ", keyp, "meta_",
                   P("PERSON", c.pt.file(rng, "sur_giv")), ".json")
        c = cases[-1]
        d.line()
        d.line("$ aws s3 presign s3://", bucket, "/... --expires-in 604800")
        d.line(P("URL", f"https://{bucket}.s3.us-east-2.amazonaws.com/{c0.fac_tok}/{c.study_day.strftime('%Y/%m/%d')}/"
                 f"{c.mrn}/{c.acc}/report_{c.pt.file(rng, 'SUR_GIV')}.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                 f"&X-Amz-Date={d_compact(t)}T{t_hms(t)}Z&X-Amz-Expires=604800&X-Amz-Signature="
                 f"{rng.getrandbits(128):032x}"))
        d.line("# link pasted into ticket by ", P("PERSON", c0.it.plain), " (", P("EMAIL", c0.staff_email(c0.it)), ")")
    else:
        acct = rng.choice(["radshareprod", "imgexchg01", "teleradwus2"])
        d.line(f"$ az storage blob list --account-name {acct} -c outside-studies --prefix ", P("FACILITY", c0.osh_tok),
               "/ -o table")
        d.line("Name" + " " * 70 + "Blob Type    Length     Last Modified")
        d.line("-" * 72 + "  -----------  ---------  -------------------------")
        for c in cases:
            pf = patient_folder(rng, c, rng.choice(["SUR^GIV", "Sur_Giv", "SUR_GIV"]))
            for j in range(rng.randint(1, 3)):
                t2 = later(rng, t, 1, 900)
                name = [P("FACILITY", c0.osh_tok), "/", pf, "/", study_segs(c.study, "-"), "/", image_name(rng, c, j + 1)]
                d.line(name, "  BlockBlob    ", f"{rng.randint(200000, 9000000):<9}", "  ", D(d_iso(t2)), "T",
                       D(t_colon(t2, True)), "+00:00")
        c = cases[0]
        d.line()
        d.line("SAS URL generated for outside reader: ")
        d.line(P("URL", f"https://{acct}.blob.core.windows.net/outside-studies/{c0.osh_tok}/"
                 f"{c.pt.file(rng, 'SUR_GIV')}_{c.mrn}?sv=2022-11-02&se={d_iso(t)}T23%3A59Z&sr=d&sp=rl"
                 f"&sig={rng.getrandbits(96):024x}%3D"))
    d.modality = c0.modality
    return d


def dcm2niix_bids_conversion_log(rng: random.Random) -> Doc:
    c = Case(rng, rng.choice(["MR", "MR", "CT"]))
    d = Doc()
    sub = f"sub-{rng.randint(1, 240):03d}"
    pf = patient_folder(rng, c)
    src = ["/data/raw/", P("PERSON", c.rad.login), "_lab/", pf]
    d.line("$ dcm2niix -z y -b y -ba n -f %p_%s_%t -o /data/bids/sourcedata/", sub, " ", src)
    d.line("Chris Rorden's dcm2niiX version v1.0.20230411  GCC12.2.0 x86-64 (64-bit Linux)")
    d.line(f"Found {rng.randint(300, 2200)} DICOM file(s)")
    tstamp = D(d_compact(c.study_day) + t_hms(c.study_t))
    for j, ser in enumerate(c.series[: rng.randint(2, 4)]):
        if rng.random() < 0.3:
            d.line("Warning: Anonymization ignored: PatientName ", P("PERSON", c.pt.hl7()), " kept in ",
                   series_segs(ser, "_"), " sidecar")
        d.line(f"Convert {rng.randint(20, 200)} DICOM as /data/bids/sourcedata/{sub}/", series_segs(ser, "_"),
               f"_{j + 2}_", tstamp, f" ({rng.randint(192, 512)}x{rng.randint(192, 512)}x{rng.randint(20, 200)}x1)")
        d.line("Compress: \"/usr/bin/pigz\" -b 960 -n -f -6 \"/data/bids/sourcedata/", sub, "/", series_segs(ser, "_"),
               f"_{j + 2}_", tstamp, ".nii\"")
    d.line(f"Conversion required {rng.randint(2, 40)}.{rng.randint(100000, 999999)} seconds ({rng.randint(1, 9)}.{rng.randint(100000, 999999)} for core code).")
    d.line()
    d.line("$ cat /data/bids/sourcedata/", sub, "/", series_segs(c.series[0], "_"), "_2_", tstamp, ".json | head -n 12")
    d.line("{")
    d.line("\t\"Modality\": \"", K("modality", c.modality), "\",")
    d.line("\t\"InstitutionName\": \"", P("FACILITY", c.fac), "\",")
    d.line("\t\"DeviceSerialNumber\": \"", P("DEVICE_SERIAL", c.serial), "\",")
    d.line(f"\t\"StationName\": \"AWP{rng.randint(40000, 99999)}\",")
    d.line("\t\"PatientName\": \"", P("PERSON", c.pt.hl7()), "\",")
    d.line("\t\"PatientID\": \"", P("MRN", c.mrn), "\",")
    d.line("\t\"AccessionNumber\": \"", P("ACCESSION", c.acc), "\",")
    d.line("\t\"PatientBirthDate\": \"", D(d_iso(c.dob)), "\",")
    d.line("\t\"AcquisitionDateTime\": \"", D(d_iso(c.study_day)), "T", D(t_colon(c.study_t, True)), ".475000\",")
    d.line("\t\"SeriesDescription\": \"", series_segs(c.series[0], "_"), "\",")
    d.line("\t\"ProtocolName\": \"", study_segs(c.study, "_"), "\",")
    d.line("# TODO(", P("PERSON", c.it.login), "): rerun with -ba y before sharing; BIDS name should be ",
           sub, "_ses-", D(d_short(c.study_day)), "_acq-", series_segs(c.series[0], ""), "_run-01.nii.gz")
    d.modality = c.modality
    return d


def watch_folder_ingest_log(rng: random.Random) -> Doc:
    cases = [Case(rng) for _ in range(rng.randint(2, 3))]
    d = Doc()
    hot = rng.choice(["D:\\HotFolder\\ScanIn", "/srv/ingest/watch", "\\\\him-scan01\\drop"])
    sep = "\\" if "\\" in hot else "/"
    t = later(rng, cases[0].study_t, 600, 80000)
    lvl = ["INFO ", "INFO ", "WARN ", "ERROR"]
    for c in cases:
        t = later(rng, t, 5, 400)
        name = scan_pdf(rng, c)
        d.line(_ts_iso(t, " "), f",{rng.randint(100, 999)} INFO  [Watcher-{rng.randint(1, 4)}] detected ", hot, sep, name)
        t = later(rng, t, 1, 9)
        k = rng.randint(0, 3)
        if k == 0:
            d.line(_ts_iso(t, " "), f",{rng.randint(100, 999)} {lvl[2]} [Parser] filename MRN ", P("MRN", c.mrn),
                   " not found in MPI; trying SSN field ", P("SSN", c.ssn))
        elif k == 1:
            d.line(_ts_iso(t, " "), f",{rng.randint(100, 999)} {lvl[3]} [Matcher] name mismatch: file=",
                   P("PERSON", c.pt.file(rng, "SUR_GIV")), " MPI=", P("PERSON", c.pt.last_first), " (DOB ",
                   D(d_us(c.dob)), ") -> moved to ", hot, sep, "_quarantine", sep)
        elif k == 2:
            d.line(_ts_iso(t, " "), f",{rng.randint(100, 999)} INFO  [Indexer] attached to encounter ",
                   P("ACCOUNT_ID", c.account), " / order ", P("ACCESSION", c.acc), " for ", P("PERSON", c.pt.hl7()))
        else:
            d.line(_ts_iso(t, " "), f",{rng.randint(100, 999)} INFO  [OCR] page 1 header: ", P("FACILITY", c.osh),
                   " ", P("PHONE", pools.phone_fmt(c.fax, 0)), " patient ",
                   P("PERSON", c.pt.plain), ", age ", c.age_words())
        t = later(rng, t, 1, 9)
        d.line(_ts_iso(t, " "), f",{rng.randint(100, 999)} INFO  [Archiver] rename -> ", K("modality", c.modality), "_",
               P("MRN", c.mrn), "_", D(d_compact(c.study_day)), "_", P("PERSON", c.pt.initials()), ".pdf")
    c = cases[-1]
    t = later(rng, t, 60, 600)
    d.line(_ts_iso(t, " "), ",001 WARN  [Cleanup] temp left behind: ", hot, sep, "~$",
           P("PERSON", c.pt.file(rng, "SURGI")), ".tmp (owner ", P("PERSON", c.tech.login), ")")
    d.modality = cases[0].modality
    return d


def fax_print_job_queue(rng: random.Random) -> Doc:
    cases = [Case(rng) for _ in range(rng.randint(3, 4))]
    d = Doc()
    if rng.random() < 0.5:
        d.line("FaxServer 11.2  Outbound queue  (printed by ", P("PERSON", cases[0].it.plain), ")")
        d.line("JobID   Submitted            Status     To                Pages  Document")
        t = later(rng, cases[0].study_t, 600, 90000)
        for c in cases:
            t = later(rng, t, 30, 2400)
            st = rng.choice(["SENT", "SENT", "RETRY(3)", "FAILED-BUSY", "QUEUED"])
            d.line(f"{rng.randint(100000, 999999)}  ", D(d_us(t)), " ", D(t_colon(t)), f"  {st:<10} ",
                   P("PHONE", pools.phone_fmt(c.fax, rng.randint(0, 3))), f"  {rng.randint(1, 9):>5}  ",
                   "RPT_", P("PERSON", c.pt.file(rng, "SUR_GIV")), "_", P("ACCESSION", c.acc), "_to_",
                   P("PERSON", c.ref.file(rng, "SurGiv")), ".tif")
        c = cases[0]
        d.line()
        d.line("Cover sheet template: cover_", P("FACILITY", c.fac_tok), ".docx   Reply fax: ",
               P("PHONE", pools.phone_fmt(c.phone, 1)))
    else:
        q = rng.choice(["RAD-FL2-MFP", "IR-Recovery-HP", "ED-XR-Zebra"])
        d.line(f"C:\\> lpq -S printsrv03 -P {q} -l")
        d.line("Owner       Status     Jobname                                                   Job-Id  Size")
        d.line("-" * 96)
        for c in cases:
            own = [P("PERSON", c.tech.login)]
            st = rng.choice(["Printing", "Waiting", "Error", "Paused"])
            k = rng.randint(0, 2)
            if k == 0:
                job = ["Microsoft Word - Letter_", P("PERSON", c.pt.file(rng, "Sur Giv")), "_", D(d_iso(c.study_day)), ".docx"]
            elif k == 1:
                job = ["Label ", P("PERSON", c.pt.hl7()), " ", P("MRN", c.mrn), " ", P("ACCOUNT_ID", c.account)]
            else:
                job = [P("URL", f"https://ris.{c.domain}/print?acc={c.acc}&mrn={c.mrn}")]
            d.line(own, f"  {st:<9}  ", job, f"   {rng.randint(100, 999)}  {rng.randint(20, 900)}KB")
        d.line()
        c = cases[-1]
        d.line("Mailing label stuck in tray: ", P("PERSON", c.pt.full), ", ", P("STREET_ADDRESS", c.street), ", ",
               P("CITY", c.city), ", ", c.state, " ", P("ZIP", c.zip))
    d.modality = cases[0].modality
    return d
