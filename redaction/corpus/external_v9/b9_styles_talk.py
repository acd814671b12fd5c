"""Spoken and conversational styles: raw speech-recognition dictation, resident-attending teaching chat,
QA/incident reports, timestamped transcription, and reports from other English-speaking countries."""

from __future__ import annotations

import re

import b9_cast as cast
import b9_clinical as clin
import b9_dates as dates
import b9_ids as ids
from b9_dates import Clock, shift
from b9_markup import K, P, map_marked
from b9_scene import Scene, patient_header

ONES = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
       "seventeen eighteen nineteen".split()
TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()
ORD = {1: "first", 2: "second", 3: "third", 5: "fifth", 8: "eighth", 9: "ninth", 12: "twelfth", 20: "twentieth",
       30: "thirtieth"}


def words(n: int) -> str:
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def ordinal(n: int) -> str:
    if n in ORD:
        return ORD[n]
    if n > 20 and n % 10:
        return TENS[n // 10] + " " + (ORD.get(n % 10) or ONES[n % 10] + "th")
    return ONES[n] + "th"


def spoken_date(d) -> str:
    y = d.year
    yr = f"twenty {words(y % 100)}" if y >= 2010 else (f"two thousand {words(y % 100)}" if y >= 2000 else
                                                     f"nineteen {words(y % 100) if y % 100 >= 10 else 'oh ' + words(y % 100)}")
    return f"{dates.MONTHS[d.month - 1].lower()} {ordinal(d.day)} {yr}"


def spoken_digits(v: str, rng) -> str:
    if rng.random() < 0.5:
        return " ".join(c for c in v if c.isalnum())
    return " ".join({"0": rng.choice(("zero", "oh"))}.get(c, ONES[int(c)] if c.isdigit() else c.lower()) for c in v if c.isalnum())


ASR_EPONYMS = {"Baker cyst": ("bakers cyst", "baker's cyst", "baker cyst"), "Kerley B lines": ("kerley bee lines", "curly b lines"),
               "Crohn disease": ("crones disease", "crohn's disease"), "Hill-Sachs lesion": ("hill sacks lesion", "hills axe lesion"),
               "Bankart lesion": ("bank art lesion", "bankart lesion"), "Parkinson disease": ("parkinson's disease",),
               "Colles fracture": ("collies fracture", "colles fracture"), "Schmorl node": ("schmorls node", "shmorl node"),
               "Morison pouch": ("morrison's pouch",), "Chiari I malformation": ("chiari one malformation", "cherry one malformation")}


def _asr(marked: str, rng) -> str:
    """Lower-case, spoken punctuation and typical recognition slips, applied outside span values."""
    def plain(t: str) -> str:
        t = t.lower()
        t = re.sub(r"\.(\s|$)", lambda m: " period" + m.group(1), t)
        t = re.sub(r":(\s|$)", lambda m: " colon" + m.group(1), t)
        t = t.replace(", ", " comma " if rng.random() < 0.5 else ", ").replace("; ", " semicolon ")
        t = t.replace("no ", rng.choice(("no ", "no ", "know "))).replace("there is", rng.choice(("there is", "their is")))
        return t

    def mark(kind: str, value: str) -> str:
        if kind == "eponym" and value in ASR_EPONYMS:
            return K("eponym", rng.choice(ASR_EPONYMS[value]))
        if kind == "measurement" and rng.random() < 0.5:
            return K("measurement", value.replace(" x ", " by ").replace(" cm", " centimeters").replace(" mm", " millimeters"))
        return K(kind, value.lower()) if kind not in ("modality", "score", "vertebral_level", "sequence") else K(kind, value)
    return map_marked(marked, plain, mark)


def dictation_asr(rng):
    s = Scene(rng)
    pt = s.patient
    rad, ref = s.clinician("radiologist"), s.clinician("referrer")
    ex = clin.exam(rng, pt=pt)
    acc = ids.accession(rng, ex.code, s.ref.year)
    prior = shift(s.ref, -rng.randint(30, 900))
    mrn_sp = spoken_digits(pt.mrn, rng)
    parts = [f"this is doctor {P('PERSON', rad.family.lower())} dictating on {P('PERSON', pt.name('first_last').lower())} "
             f"medical record number {P('MRN', mrn_sp)} date of birth {P('DATE_TIME', spoken_date(pt.dob))} period",
             f"accession {P('ACCESSION', spoken_digits(acc, rng))} period new paragraph",
             f"exam {_asr(ex.name, rng)} period",
             f"history colon {_asr(ex.indication, rng)} referred by doctor {P('PERSON', ref.family.lower())} at "
             f"{P('FACILITY', s.facility.name.lower())} period new paragraph",
             f"comparison colon {rng.choice(('none period', 'prior study from ' + P('DATE_TIME', spoken_date(prior)) + ' period'))} new paragraph",
             f"{K('section_header', 'findings')} colon " + " ".join(_asr(f, rng) for f in ex.findings) + " new paragraph",
             f"{K('section_header', 'impression')} colon number one " + " next number ".join(_asr(i, rng) for i in ex.impression),
             rng.choice(("end of dictation", "end of report thank you", "that's it period")),
             rng.choice((f"please also fax to {P('PHONE', ids.us_phone(rng, 'dash'))}",
                         f"cc doctor {P('PERSON', ref.name('first_last').lower())}",
                         f"the patient is {P('AGE_OVER_89', pt.age) if pt.age >= 90 else K('age_under_90', words(pt.age) + ' years old')} "
                         f"scratch that {s.age(pt.age, 'yo_dash')}" if pt.age < 100 else "")) + " period"]
    header = (f"[Speech recognition draft -- unedited]  Author: {s.name(rad, 'LAST_FIRST')}  "
              f"Dictated {s.date(s.ref)} {s.time((rng.randint(7, 22), rng.randrange(60)))}")
    return ex.modality, header + "\n\n" + " ".join(p for p in parts if p)


EPONYM_SURNAMES = (("Baker", "Baker cyst", "mr_msk"), ("Bell", "Bell palsy", "mr_brain"), ("Graves", "Graves disease", "us"),
                   ("Paget", "Paget disease", "xr_msk"), ("Parkinson", "Parkinson disease", "mr_brain"),
                   ("Hodgkin", "Hodgkin lymphoma", "pet"), ("Cushing", "Cushing syndrome", "ct_abd"),
                   ("Addison", "Addison disease", "ct_abd"), ("Chiari", "Chiari I malformation", "mr_brain"),
                   ("Jones", "Jones fracture", "xr_msk"), ("Smith", "Smith fracture", "xr_msk"),
                   ("Hill", "Hill-Sachs lesion", "mr_msk"), ("Meckel", "Meckel diverticulum", "ct_abd"),
                   ("Bankart", "Bankart lesion", "mr_msk"))


def teaching_chat(rng):
    s = Scene(rng)
    pt = s.patient
    sur, ep, kind = rng.choice(EPONYM_SURNAMES)
    att = s.person_named(sur, "radiologist") if rng.random() < .6 else s.clinician("radiologist")
    res = s.clinician("resident")
    for _ in range(30):
        ex = clin.exam(rng, kind, pt=pt)
        if ep in " ".join(ex.findings + ex.impression + [ex.indication]):
            break
    has_ep = ep in " ".join(ex.findings + ex.impression + [ex.indication])
    clock = Clock(rng, rng.randint(8, 22), rng.randrange(60))
    a, r = att.name("last"), res.name("first")
    tstyle = rng.choice(("hm24", "ampm_lower", "hms"))
    say = lambda who, text: f"[{s.time(clock.tick_s(8, 200), tstyle, clock.s)}] {who}: {text}"  # noqa: E731
    A = f"Dr. {P('PERSON', a)}" if rng.random() < .5 else P("PERSON", att.name("first_last"))
    R = P("PERSON", r)
    acc = ids.accession(rng, ex.code, s.ref.year)
    lines = [f"#reading-room-{rng.choice(('body', 'neuro', 'msk', 'er'))}  {s.date(s.ref, 'long')}", "",
             say(R, f"hey, can you look at {P('PERSON', pt.name('last'))} before I call it? {P('ACCESSION', acc)}, MRN {s.mrn()}"),
             say(A, f"sure. age and history?"),
             say(R, f"{s.age(pt.age, rng.choice(('yo', 'Y', 'yo_dash')))} {pt.sex}, {ex.indication[0].lower() + ex.indication[1:]}"),
             say(R, f"my read: {ex.findings[0]}"),
             say(A, (f"agree, that's a textbook {K('eponym', ep)}" if has_ep else
                     f"agree. {K('eponym', ep)} was on my differential too, but no") +
                 (" -- and no relation, before you ask." if att.family == sur else ".")),
             say(A, rng.choice((f"compare with the {K('year', str(s.ref.year - rng.randint(1, 6)))} study from "
                                f"{s.fac(s.other_facility('outpatient'), short=rng.random() < .5)}, it's in the outside folder.",
                                f"pull up the {K('sequence', rng.choice(('STIR', 'T2 FLAIR', 'DWI', 'T1 post-contrast')))} before you sign."
                                if ex.modality == "MR" else "window it properly before you sign, you're missing the cortex.",
                                f"measure it yourself -- I get {clin.cm(rng, 2, 0.6, 3.2)}."))),
             say(R, rng.choice((f"viewer link if you're remote: {P('URL', f'http://{ids.ip_address(rng)}:8080/viewer?acc={acc}')}",
                                f"my workstation ({P('IP_ADDRESS', ids.ip_address(rng))}) keeps freezing, give me a sec",
                                f"it's on the {s.date(shift(s.ref, -rng.randint(1, 3)), 'md')} list too"))),
             say(R, f"ok. should I call {s.doc(s.clinician('referrer'), 'dr_last')}? number on the order is {s.phone(ids.us_phone(rng))}"),
             say(A, rng.choice(("yes, and document who you spoke to and the time.", "not critical, just put it in the impression.",
                                f"page them, and cc {s.name(s.clinician('referrer'), 'initial_last')} in clinic."))),
             say(R, f"teaching point for the file: {ex.impression[0]}")]
    if rng.random() < .5:
        lines.append(say(A, f"also, {P('PERSON', r)}, the patient's daughter {s.name(s.person(sex='F'), 'first_last')} called the "
                         f"front desk -- route her to patient relations, not to us."))
    return ex.modality, "\n".join(lines)


def qa_incident(rng):
    s = Scene(rng)
    pt = s.patient
    rep, rev, rad = s.clinician(rng.choice(("tech", "nurse"))), s.clinician("radiologist"), s.clinician("radiologist")
    kind = rng.choice(("wrong_patient", "laterality", "delay", "extravasation", "routing"))
    clock = Clock(rng, rng.randint(6, 22), rng.randrange(60))
    ev_day = shift(s.ref, -rng.randint(0, 6))
    ex = clin.exam(rng, pt=pt)
    lines = ["QUALITY / PATIENT SAFETY EVENT REPORT -- CONFIDENTIAL PEER REVIEW DOCUMENT",
             f"Facility: {s.fac()}   Area: {K('modality', ex.modality if ex.modality != 'MR' else 'MRI')}",
             f"Event: {s.date(ev_day)} {s.time(clock.now())}   Discovered: {s.date(s.ref)} {s.time(clock.tick(30, 600))}",
             f"Reported by: {s.name(rep, 'first_last')}, {s.creds(rep)}", "", patient_header(s, ex.code), ""]
    if kind == "wrong_patient":
        twin = cast.Person(pt.given, pt.family, chr(((ord(pt.middle or "A") - 64) % 25) + 65), pt.sex, pt.origin)
        twin_mrn, twin_dob = ids.mrn(rng), shift(pt.dob, rng.randint(200, 5000))
        lines += [f"Description: report for {ex.name} was signed on the wrong patient. Two patients with the same name were on the "
                  f"worklist: {s.name(pt, 'LAST_FIRST_MI')} (MRN {s.mrn()}, DOB {s.dob()}) and {P('PERSON', twin.name('LAST_FIRST_MI'))} "
                  f"(MRN {P('MRN', twin_mrn)}, DOB {s.date(twin_dob)}).",
                  f"Second identifier (DOB) was not checked at the workstation. Report retracted at {s.time(clock.tick(5, 40))} "
                  f"by {s.doc(rad, 'dr_full')}; corrected report issued on the right chart."]
    elif kind == "laterality":
        lines += [f"Description: {ex.name} report stated left; images and order were right. Found by ordering provider "
                  f"{s.doc(s.clinician('referrer'), 'dr_last')} during clinic visit.", f"Addendum by {s.doc(rad, 'full_cred')} at "
                  f"{s.time(clock.tick(10, 90))}. {K('score', 'RADPEER ' + rng.choice(('2a', '2b', '3a')))} assigned on review."]
    elif kind == "delay":
        lines += [f"Description: critical result ({ex.findings[0]}) not communicated for {rng.randint(3, 30)} hours. Radiologist "
                  f"{s.doc(rad, 'dr_last')} left a voicemail at {s.phone(ids.us_phone(rng))} but the covering clinician, "
                  f"{s.doc(s.clinician('referrer'), 'dr_full')}, was off shift."]
    elif kind == "extravasation":
        lines += [f"Description: contrast extravasation, {rng.randint(20, 110)} mL iohexol 350 via {rng.choice(('R', 'L'))} forearm IV at "
                  f"{s.time(clock.tick(1, 30))}. Swelling {clin.cm(rng, 2, 3, 12)}; elevated, cold compress; plastic surgery "
                  f"consulted ({s.doc(s.clinician('referrer'), 'dr_last')}). Patient called next day at {s.phone(pt.phone)}: improving."]
    else:
        ip1, ip2 = ids.ip_address(rng), ids.ip_address(rng)
        lines += [f"Description: {ex.name} images for this patient were routed to reading station RR-{rng.randint(1, 20):02d} "
                  f"({P('IP_ADDRESS', ip1)}) instead of the ED station ({P('IP_ADDRESS', ip2)}); read delayed {rng.randint(40, 200)} minutes.",
                  f"PACS admin ticket opened at {s.time(clock.tick(5, 60))}; routing table corrected."]
    lines += ["", f"Disclosure: {rng.choice(('patient', 'spouse', 'daughter', 'son'))} informed by {s.doc(rad, 'dr_last')} on "
              f"{s.date(shift(s.ref, 1))}." if rng.random() < .6 else "Disclosure: not required (no harm).",
              f"Harm score: {rng.choice(('none', 'minor', 'moderate'))}. Reviewed by {s.doc(rev, 'full_cred')}, QA committee, {s.date(shift(s.ref, rng.randint(7, 30)))}.",
              "Action items: two-identifier check at signing; worklist name-alert flag; education at section meeting."]
    return ex.modality, "\n".join(lines)


def transcription_log(rng):
    s = Scene(rng)
    pt = s.patient
    rad, mt, ref = s.clinician("radiologist"), s.person(), s.clinician("referrer")
    ex = clin.exam(rng, pt=pt)
    clock = Clock(rng, rng.randint(7, 20), rng.randrange(60))
    dict_start = clock.now()
    ts = lambda: "[" + s.time(clock.tick_s(6, 75), "hms", clock.s) + "]"  # noqa: E731
    lines = [f"TRANSCRIPTION -- {s.fac()}  Work type: {ex.code} report",
             f"Author: {s.doc(rad, 'dr_full')}   Dictated: {s.date(s.ref)} {s.time(dict_start)}   Transcribed by: "
             f"{s.name(mt, 'initials')}" + (f"   Audio source: {P('IP_ADDRESS', ids.ip_address(rng))}" if rng.random() < .35 else ""), patient_header(s, ex.code), "",
             f"{ts()} {K('section_header', 'EXAM')}: {ex.name}.",
             f"{ts()} {K('section_header', 'HISTORY')}: {ex.indication} Referring {s.doc(ref, 'dr_last')}.",
             f"{ts()} {K('section_header', 'TECHNIQUE')}: {ex.technique}"]
    for f in ex.findings:
        lines.append(f"{ts()} {f}")
        if rng.random() < 0.2:
            lines.append(f"{ts()} [inaudible] ... scratch that, strike the last sentence.")
    lines += [f"{ts()} {K('section_header', 'IMPRESSION')}: " + " ".join(ex.impression),
              f"{ts()} End of dictation. Please send copy to {s.fac(s.other_facility('outpatient'))}, attention "
              f"{s.name(s.person(), 'first_last')}.", "",
              f"MT note: unclear spelling of referring physician, transcribed as \"{s.name(ref, 'last')}\" -- verify. "
              f"Returned to author queue {s.date(s.ref)} {s.time(clock.tick(20, 120))}."]
    return ex.modality, "\n".join(lines)


def intl_report(rng):
    country = rng.choice(("UK", "UK", "AU", "CA", "IE", "NZ"))
    s = Scene(rng, country=country)
    pt = s.patient
    rad, gp = s.clinician("radiologist"), s.clinician("referrer")
    rad.cred = {"UK": "MBBS, FRCR", "AU": "FRANZCR", "CA": "MD, FRCPC", "IE": "MB, FFR RCSI", "NZ": "MBChB, FRANZCR"}[country]
    gp.cred = {"UK": "MRCGP", "AU": "FRACGP", "CA": "CCFP", "IE": "MICGP", "NZ": "FRNZCGP"}[country]
    practice = cast.Facility(f"{rng.choice(('Riverside', 'Parkview', 'Millbrook', 'Ashgrove', 'Kingsland'))} "
                             f"{rng.choice(('Surgery', 'Medical Centre', 'Health Centre', 'Family Practice'))}", "", "gp",
                             cast.intl_address(rng, country if country != "NZ" else "NZ"), "", "")
    ex = clin.exam(rng, pt=pt)
    ex_txt = lambda t: t.replace("hemorrhage", "haemorrhage").replace("edema", "oedema").replace("tumor", "tumour")  # noqa: E731
    ids_line = {"UK": f"NHS No: {s.mrn()}   Hospital No: {P('MRN', 'RX' + ids.digits(rng, 7))}",
                "AU": f"UR: {s.mrn()}   Medicare: {P('HEALTH_PLAN_ID', ids.digits(rng, 4, False) + ' ' + ids.digits(rng, 5) + ' ' + str(rng.randint(1, 9)))}",
                "CA": f"MRN: {s.mrn()}   Health card: {P('HEALTH_PLAN_ID', ids.digits(rng, 4, False) + '-' + ids.digits(rng, 3) + '-' + ids.digits(rng, 3) + '-' + ids.letters(rng, 2))}",
                "IE": f"MRN: {s.mrn()}   PPSN on file",
                "NZ": f"NHI: {P('MRN', ids.letters(rng, 3) + ids.digits(rng, 4))}   Hospital No: {s.mrn()}"}[country]
    lines = [f"{s.fac()}  |  Department of {'Medical Imaging' if country in ('AU', 'NZ') else 'Radiology'}",
             f"Patient: {s.name(pt, rng.choice(('LAST_FIRST', 'first_last')))}   DOB: {s.dob()} ({s.age(pt.age, 'years' if pt.age < 90 else 'yo_dash')})   Sex: {pt.sex}",
             ids_line, f"Address: {s.address(pt.address, oneline=True)}   Tel: {s.phone(pt.phone)}",
             f"Referrer: {s.doc(gp, 'dr_last').replace('Dr. ', 'Dr ')}, {s.fac(practice)}, {s.address(practice.address, oneline=True)}",
             f"Examination: {ex_txt(ex.name)}   Date: {s.date(s.ref)} {s.time((rng.randint(8, 19), rng.randrange(60)))}   "
             f"Accession: {s.acc(ex.code)}", "",
             f"{clin.header(rng, 'Clinical details', 'title')}: {ex_txt(ex.indication)}", "",
             f"{clin.header(rng, 'Report', 'title')}:", *[ex_txt(f) for f in ex.findings], "",
             f"{clin.header(rng, rng.choice(('Conclusion', 'Opinion', 'Comment')), 'title')}:", *[ex_txt(i) for i in ex.impression], "",
             f"Reported by Dr {s.name(rad, 'first_last')} {s.creds(rad)}, Consultant Radiologist, {s.date(s.ref)}"]
    return ex.modality, "\n".join(lines)


STYLES = {"dictation_asr": dictation_asr, "teaching_chat": teaching_chat, "qa_incident": qa_incident,
          "transcription_log": transcription_log, "intl_report": intl_report}
