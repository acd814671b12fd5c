"""Structured styles 1-5: folder trees, ls -lR, dir /s, DICOMDIR records, zip/tar manifests."""

from __future__ import annotations

import random

from b49_core import P, K, Case, Doc, d_compact, d_iso, d_us, d_mon, t_colon, t_hms, later, study_segs, series_segs
from b49_fnames import D, patient_folder, study_folder, series_folder, scan_pdf, image_name


def _size(rng: random.Random) -> int:
    return rng.randint(310000, 89000000)


def tree_export_listing(rng: random.Random) -> Doc:
    cases = [Case(rng) for _ in range(rng.randint(2, 3))]
    c0 = cases[0]
    d = Doc()
    win = rng.random() < 0.35
    job = f"REQ{rng.randint(1000, 9999)}"
    if win:
        root = ["E:\\Export\\", P("FACILITY", c0.osh_tok), "_", job]
        d.line("C:\\> tree /F ", root)
        d.line("Folder PATH listing for volume EXPORT")
        d.line(root)
        br, last, pipe = "├───", "└───", "│   "
    else:
        root = ["/mnt/vna_export/", P("FACILITY", c0.osh_tok), "/", job]
        d.line("[", P("PERSON", c0.it.login), "@vna-exp01 ~]$ tree -L 4 ", root)
        d.line(root)
        br, last, pipe = "├── ", "└── ", "│   "
    nd = nf = 0
    for ci, c in enumerate(cases):
        end = ci == len(cases) - 1
        pre = "    " if end else pipe
        d.line(last if end else br, patient_folder(rng, c))
        nd += 2
        d.line(pre, last, study_folder(rng, c))
        nser = rng.randint(1, 3)
        style = rng.randint(0, 2)
        for j in range(nser):
            e2 = j == nser - 1
            d.line(pre, "    ", last if e2 else br, series_folder(rng, c, j, style))
            nd += 1
            nimg = rng.randint(1, 2)
            for k in range(nimg):
                d.line(pre, "    ", "    " if e2 else pipe, last if k == nimg - 1 else br, image_name(rng, c, k + 1))
                nf += 1
    c = cases[0]
    d.line()
    d.line("extra files at root:")
    d.line(br, "manifest_", P("PERSON", c.it.login), "_", D(d_compact(c.study_day)), ".csv")
    d.line(last, scan_pdf(rng, c, "CDRequest"))
    d.line()
    d.line(f"{nd} directories, {nf + 2} files")
    d.modality = c0.modality
    return d


def ls_lr_vna_staging(rng: random.Random) -> Doc:
    cases = [Case(rng) for _ in range(rng.randint(2, 3))]
    d = Doc()
    fac = cases[0].fac_tok
    base = ["/vna/staging/inbound/", P("FACILITY", fac)]
    owner = rng.choice(["svc_vna", "pacsadm", "dcmrcv"])
    who = cases[0].it
    d.line("$ ls -lR ", base)
    d.line(base, ":")
    d.line(f"total {rng.randint(8, 40)}")
    folders = [(c, patient_folder(rng, c), later(rng, c.study_t, 600, 7200)) for c in cases]

    def stamp(t):
        return [P("DATE_TIME", d_mon(t)), " ", P("DATE_TIME", t_colon(t))]

    for c, f, t in folders:
        own = [P("PERSON", who.login)] if rng.random() < 0.3 else [owner]
        d.line("drwxr-x--- 2 ", own, " radiology     4096 ", stamp(t), " ", f)
    for c, f, t in folders:
        d.line()
        d.line(base, "/", f, ":")
        n = rng.randint(2, 4)
        d.line(f"total {n * 51000}")
        for j in range(n):
            t2 = later(rng, t, 1, 30)
            if j == n - 1 and rng.random() < 0.6:
                name = scan_pdf(rng, c)
            else:
                name = [P("ACCESSION", c.acc), f".{j + 1:04d}.dcm"] if rng.random() < 0.5 else image_name(rng, c, j + 1)
            d.line(f"-rw-r----- 1 {owner} radiology {_size(rng):>9} ", stamp(t2), " ", name)
        if rng.random() < 0.5:
            d.line(f"-rw------- 1 {owner} radiology       0 ", stamp(t), " .", P("ACCESSION", c.acc), ".lock")
    d.modality = cases[0].modality
    return d


def win_dir_s_cd_burn(rng: random.Random) -> Doc:
    c = Case(rng)
    d = Doc()
    drv = rng.choice("DEF")
    label = [P("PERSON", c.pt.file(rng, "SURGI")), "_", P("DATE_TIME", c.study_day.strftime("%m%d"))]
    d.line(f"{drv}:\\>dir /s")
    d.line(f" Volume in drive {drv} is ", label)
    d.line(f" Volume Serial Number is {rng.randint(0x1000, 0xFFFF):04X}-{rng.randint(0x1000, 0xFFFF):04X}")
    d.line()
    t = later(rng, c.study_t, 3600, 20000)

    def stamp(t2):
        return [P("DATE_TIME", d_us(t2)), "  ", P("DATE_TIME", t2.strftime("%I:%M %p"))]

    def entry(t2, size, name):
        col = "   <DIR>         " if size is None else f"{size:>17,}"
        return [stamp(t2), col, " ", name]

    d.line(f" Directory of {drv}:\\")
    d.line(entry(t, 2400, ["DICOMDIR"]))
    d.line(entry(t, None, ["DICOM"]))
    d.line(entry(t, 812, ["AUTORUN.INF"]))
    d.line(entry(t, None, ["VIEWER"]))
    d.line(entry(t, 1933, ["README_", P("FACILITY", c.fac_tok), ".TXT"]))
    d.line("               3 File(s)          5,145 bytes")
    d.line()
    pf = [P("PERSON", c.pt.file(rng, rng.choice(["SUR^GIV", "SUR_GIV", "SURGI"])))]
    d.line(f" Directory of {drv}:\\DICOM\\", pf)
    d.line(entry(t, None, ["."]))
    d.line(entry(t, None, [".."]))
    sf = [P("DATE_TIME", d_compact(c.study_day)), "_", study_segs(c.study, "_")]
    d.line(entry(t, None, sf))
    d.line()
    d.line(f" Directory of {drv}:\\DICOM\\", pf, "\\", sf)
    tot = 0
    n = rng.randint(2, 4)
    for j in range(n):
        s = _size(rng)
        tot += s
        d.line(entry(later(rng, t, 1, 20), s, [P("ACCESSION", c.acc), f"_{j + 1:03d}.DCM"]))
    d.line(f"{n:>16} File(s) {tot:>17,} bytes")
    d.line()
    d.line(f" Directory of {drv}:\\VIEWER\\logs")
    d.line(entry(t, 4411, ["burn_", P("DATE_TIME", d_compact(t)), "_", P("DATE_TIME", t_hms(t)), "_",
                           P("MRN", c.mrn), ".log"]))
    d.line()
    d.line("     Total Files Listed:")
    d.line(f"{n + 4:>16} File(s) {tot + 9556:>17,} bytes")
    d.modality = c.modality
    return d


def dicomdir_cd_listing(rng: random.Random) -> Doc:
    c = Case(rng)
    d = Doc()
    path = rng.choice(["/media/cdrom/DICOMDIR", "E:\\DICOMDIR"])
    d.line("$ dcmdump +L ", path, "    # CD received from ", P("FACILITY", c.osh))
    d.line("# Dicom-Directory-Records")

    def el(tag, vr, segs, name):
        d.line(f"({tag}) {vr} [", segs, f"]    # {name}")

    d.line("(fffe,e000) na \"Directory Record\" PATIENT #=8")
    el("0004,1430", "CS", ["PATIENT"], "DirectoryRecordType")
    el("0010,0010", "PN", [P("PERSON", c.pt.hl7())], "PatientName")
    el("0010,0020", "LO", [P("MRN", c.mrn)], "PatientID")
    el("0010,0030", "DA", [P("DATE_TIME", d_compact(c.dob))], "PatientBirthDate")
    el("0010,0040", "CS", [c.pt.sex], "PatientSex")
    if rng.random() < 0.4:
        el("0010,1000", "LO", [P("SSN", c.ssn)], "OtherPatientIDs")
    d.line("(fffe,e000) na \"Directory Record\" STUDY #=9")
    el("0004,1430", "CS", ["STUDY"], "DirectoryRecordType")
    el("0008,0020", "DA", [P("DATE_TIME", d_compact(c.study_day))], "StudyDate")
    el("0008,0030", "TM", [P("DATE_TIME", t_hms(c.study_t))], "StudyTime")
    el("0008,0050", "SH", [P("ACCESSION", c.acc)], "AccessionNumber")
    el("0008,1030", "LO", study_segs(c.study, " "), "StudyDescription")
    el("0008,0090", "PN", [P("PERSON", c.ref.hl7())], "ReferringPhysicianName")
    el("0010,1010", "AS", c.age_segs(), "PatientAge")
    for j in range(min(len(c.series), rng.randint(2, 3))):
        d.line("(fffe,e000) na \"Directory Record\" SERIES #=6")
        el("0004,1430", "CS", ["SERIES"], "DirectoryRecordType")
        el("0008,0060", "CS", [K("modality", c.modality)], "Modality")
        el("0020,0011", "IS", [str(j + 1)], "SeriesNumber")
        el("0008,103e", "LO", series_segs(c.series[j], " "), "SeriesDescription")
        el("0008,0080", "LO", [P("FACILITY", c.osh)], "InstitutionName")
        el("0018,1000", "LO", [P("DEVICE_SERIAL", c.serial)], "DeviceSerialNumber")
        d.line("(fffe,e000) na \"Directory Record\" IMAGE #=4")
        el("0004,1430", "CS", ["IMAGE"], "DirectoryRecordType")
        el("0004,1500", "CS", [f"DICOM\\PAT00001\\STD00001\\SER{j + 1:05d}\\IMG00001"], "ReferencedFileID")
    d.line()
    d.line("# CD label (photographed at intake): ", P("FACILITY", c.osh), " / ", P("PERSON", c.pt.last_first),
           " / DOB ", P("DATE_TIME", d_us(c.dob)), " / burned ", P("DATE_TIME", d_iso(later(rng, c.study_t, 9000, 90000))))
    d.modality = c.modality
    return d


def archive_manifest_unzip_tar(rng: random.Random) -> Doc:
    c = Case(rng)
    d = Doc()
    pf = patient_folder(rng, c)
    sf = study_folder(rng, c)
    t = later(rng, c.study_t, 3600, 40000)
    zipname = [P("PERSON", c.pt.file(rng, "SUR_GIV")), "_", P("MRN", c.mrn), "_", K("modality", c.modality), ".zip"]
    files = []
    for j in range(rng.randint(2, 4)):
        files.append([pf, "/", sf, "/", series_folder(rng, c, j, rng.randint(0, 2)), "/", image_name(rng, c, j + 1)])
    files.append([pf, "/", scan_pdf(rng, c)])
    if rng.random() < 0.5:
        d.line("$ unzip -l ", zipname)
        d.line("Archive:  ", zipname)
        d.line("  Length      Date    Time    Name")
        d.line("---------  ---------- -----   ----")
        stamp = [P("DATE_TIME", t.strftime("%m-%d-%Y")), " ", P("DATE_TIME", t_colon(t))]
        d.line("        0  ", stamp, "   ", pf, "/")
        tot = 0
        for f in files:
            s = _size(rng)
            tot += s
            d.line(f"{s:>9}  ", stamp, "   ", f)
        d.line("---------                     -------")
        d.line(f"{tot:>9}                     {len(files) + 1} files")
    else:
        tarname = [P("ACCESSION", c.acc), "_", P("DATE_TIME", d_compact(c.study_day)), ".tar.gz"]
        d.line("$ tar -tvzf ", tarname)
        own = rng.choice(["pacs/radiology", "root/root", "svc_research/irb"])
        stamp = [P("DATE_TIME", d_iso(t)), " ", P("DATE_TIME", t_colon(t))]
        d.line(f"drwxr-xr-x {own}          0 ", stamp, " ", pf, "/")
        for f in files:
            d.line(f"-rw-r--r-- {own} {_size(rng):>10} ", stamp, " ", f)
        d.line("$ # sent via secure link to ", P("EMAIL", c.staff_email(c.ref)), " on ",
               P("DATE_TIME", d_us(t)), " per ", P("PERSON", c.it.plain))
    d.modality = c.modality
    return d
