"""Report-shaped styles: HL7 dumps, dictation transcripts, addenda, legacy all-caps RIS output, NM,
fluoroscopy and IR procedure notes, peer review. Each returns (modality, markup, post-processing)."""

from __future__ import annotations

from random import Random

import blind_clinical as clin
from blind_case import Case
from blind_markup import K, P, map_plain

Style = tuple[str, str, str]
ALL_MODALITIES = ("CT", "MR", "XR", "US", "NM", "MG", "RF", "IR")
def report_body(c: Case, r: Random, mod: str, ex: str | None = None, caps: bool = True, sep: str = "\n") -> str:
    """History, technique, comparison, findings and impression, with section headers as keep-spans."""
    h = lambda w: clin.header(w, caps) + ":"  # noqa: E731
    twin = c.eponym_twin()
    history = clin.fill(r.choice(clin.HISTORY), r) + (f"; known {clin.fill(twin, r)}" if twin and r.random() < 0.7 else "")
    if r.random() < 0.3:
        history += f", prior surgery in {K('year', str(r.randint(max(1985, c.dates['dob'].year + 1), 2025)))}"
    comparison = r.choice((f"{c.date('prior')}.", "None.", f"Outside study of {c.date('prior', 'md')}.",
                           f"{c.date('prior', 'md_long')} (outside, report only)."))
    lines = [f"{h('CLINICAL HISTORY' if r.random() < 0.5 else 'INDICATION')} {c.age_phrase(r.choice(('yo_dash', 'yo', 'years', 'yrs')))} {c.sex_word()}, {history}.",
             f"{h('TECHNIQUE')} {clin.technique(mod, r)}",
             f"{h('COMPARISON')} {comparison}",
             f"{h('FINDINGS')}{sep}" + sep.join(clin.findings(mod, r, None, ex)),
             f"{h('IMPRESSION')}{sep}1. {clin.impression(r)}"]
    return (sep * r.choice((1, 2))).join(lines)


def hl7_dump(c: Case, r: Random) -> Style:
    """An interface engine's text dump of an ORU^R01 result message."""
    mod = r.choice(ALL_MODALITIES)
    ex = clin.exam(mod, r, c.age < 18)
    fac = c.facility_name(short=True)
    d = c.dates["exam"]
    ref = c.people["ref"]
    seg_sep = r.choice(("\n", "\r\n", "\r"))
    obx = [f"OBX|{i + 1}|TX|&GDT^REPORT||{line}||||||F" for i, line in enumerate(
        [clin.header("FINDINGS") + ":", *clin.findings(mod, r, None, ex), clin.header("IMPRESSION") + ": " + clin.impression(r)])]
    segs = [
        f"MSH|^~\\&|RIS|{fac}|EMR|{fac}|{c.date('sign', 'hl7')}||ORU^R01||P|2.3",
        f"PID|1||{c.id('mrn', 'MRN')}^^^{fac}^MR||{c.name('pt', 'hl7')}||{c.date('dob', 'compact')}|{c.sex}|||"
        f"{P('STREET_ADDRESS', c.ids['street'])}^^{P('CITY', c.city[0])}^{c.city[1]}^{P('ZIP', c.ids['zip'])}||"
        f"{c.phone(0, 'plain')}|||||{c.id('acct', 'ACCOUNT_ID')}|{c.id('ssn', 'SSN')}",
        f"PV1|1|{r.choice('EIO')}|RAD^^^{fac}||||^{P('PERSON', ref.last.upper())}^{P('PERSON', ref.first.upper())}",
        f"OBR|1|{c.id('acc', 'ACCESSION')}||{r.randint(70000, 79999)}^{ex}|||{c.date('exam', 'hl7')}|||||||||"
        f"||||||{c.date('sign', 'hl7')}||{mod}|F||||||&{P('PERSON', c.people['rad'].fmt('hl7'))}",
        *obx,
    ]
    if r.random() < 0.6:
        segs.insert(3, f"IN1|1|{r.choice(('MCR', 'BCBS', 'AETNA', 'MCD'))}|{r.randint(100, 999)}|||||||||||||"
                       f"{c.name('pt', 'hl7')}|01|{c.date('dob', 'compact')}||||||||||||||||||{c.id('plan', 'HEALTH_PLAN_ID')}")
    if r.random() < 0.5:
        segs.insert(3, f"NK1|1|{c.name('rel', 'hl7')}|{c.relation.upper()[:3]}|||{c.phone(1, 'paren')}")
    return mod, seg_sep.join(segs), ""


def dictation(c: Case, r: Random) -> Style:
    """Raw speech-recognition output with spoken punctuation and a spelled surname."""
    if r.random() < 0.25:
        c.as_child()
    mod = r.choice(("CT", "MR", "XR", "US"))
    ex = clin.exam(mod, r, c.age < 18)
    rad = c.people["rad"]
    spelled = "-".join(ch for ch in c.patient.last.upper() if ch.isalpha())
    opener = r.choice((f"this is doctor {P('PERSON', rad.fmt('fl_lower'))} dictating",
                       f"Dr. {P('PERSON', rad.fmt('fl'))} dictating", f"dictating physician {P('PERSON', rad.last.lower())}"))
    spoken = lambda t: t.replace(",", " comma").replace(".", " period").replace(";", " semicolon")  # noqa: E731
    finds = " ".join(map_plain(f, spoken) for f in clin.findings(mod, r, None, ex))
    text = (
        f"{opener} period {r.choice(('patient name', 'patient is', 'this is on'))} {c.name('pt', r.choice(('fl', 'fl_lower')))} "
        f"last name spelled {P('PERSON', spelled)} period date of birth {c.date('dob', r.choice(('long', 'us', 'spoken')))} period "
        f"medical record number {c.id('mrn', 'MRN')} period exam {ex.lower()} performed {c.date('exam', r.choice(('spoken', 'md_long', 'the_ord')))} "
        f"at {c.time('exam', r.choice(('12', 'mil', 'milh')))} period comparison {c.date('prior', r.choice(('spoken', 'md_ord', 'long')))} period new paragraph "
        f"{clin.header('findings', caps=False)} colon {finds} new paragraph {clin.header('impression', caps=False)} colon "
        f"{clin.impression(r).replace('.', ' period').lower()} new paragraph "
        f"{r.choice(('results called to', 'discussed with', 'please cc'))} {c.dr('ref', r.choice(('dr_l', 'dr_fl')))} period end of dictation"
    )
    if r.random() < 0.5:
        text += f"\n[D: {c.date('exam', 'us_short')} {c.time('exam', '24')}  T: {c.date('sign', 'us_short')} {c.time('sign', '24')}]"
    return mod, text, ""


def addendum(c: Case, r: Random) -> Style:
    """A signed report followed by an addendum with its own signer, date (often dotted) and call time."""
    mod = r.choice(("CT", "MR", "US", "XR"))
    ex = clin.exam(mod, r, c.age < 18)
    body = report_body(c, r, mod, ex=ex)
    head = (f"{ex}\nPatient: {c.name('pt', r.choice(('lfm_caps', 'lf', 'fl')))}    MRN: {c.id('mrn', 'MRN')}    "
            f"Acc: {c.id('acc', 'ACCESSION')}\nDOB: {c.date('dob', r.choice(('us', 'dots_us', 'iso')))}    "
            f"Exam date: {c.date('exam', r.choice(('us', 'dots_eu', 'dmon')))}\n\n")
    sig = f"\n\nElectronically signed by {c.dr('rad', 'fl_md')} on {c.date('sign', 'us')} {c.time('sign', '24')}"
    add = (f"\n\n*** ADDENDUM {c.date('addendum', r.choice(('dots_us', 'dots_eu', 'dots_short')))} {c.time('addendum', r.choice(('mil', 'milhrs')))} ***\n"
           f"On re-review with {c.dr('res', r.choice(('dr_l', 'il_md')))} (resident), {clin.one_finding(mod, r, ex)} "
           f"This was discussed by telephone with {c.dr('ref')} at {c.time('call', r.choice(('mil', '12', 'milH')))}, "
           f"who repeated the finding back.\nAddendum signed by: {c.dr('rad', r.choice(('caps_md', 'lf_md', 'dr_caps')))}")
    return mod, head + body + sig + add, ""


def legacy_caps(c: Case, r: Random) -> Style:
    """An old RIS that prints everything in capitals, with dictated/transcribed stamps."""
    mod = r.choice(("CT", "XR", "US", "MR", "NM"))
    ex = clin.exam(mod, r, c.age < 18)
    text = (f"{c.facility_name()}  DEPARTMENT OF RADIOLOGY\n{c.facility_address()}\n"
            f"NAME: {c.name('pt', 'lfm')}   UNIT#: {c.id('mrn', 'MRN')}   LOC: {r.choice(('4W', 'ED', 'ICU2', 'OP'))}   "
            f"AGE/SEX: {c.age_phrase('y')}/{c.sex}\nREF: {c.dr('ref', 'dr_fl')}   ACCT: {c.id('acct', 'ACCOUNT_ID')}"
            + (f"   SS#: {c.ssn()}   INS: {c.id('plan', 'HEALTH_PLAN_ID')}" if r.random() < 0.5 else "") + "\n"
            f"EXAM: {ex}   DATE: {c.date('exam', r.choice(('us_short', 'dmon', 'us')))}\n\n{report_body(c, r, mod, ex=ex)}\n\n"
            f"DICTATED BY: {c.dr('rad', 'caps_md')}\nD: {c.date('exam', 'us_short')} {c.time('exam', '24')}   "
            f"T: {c.date('sign', 'us_short')} {c.time('sign', '24')}")
    return mod, text, "upper"


def nm_report(c: Case, r: Random) -> Style:
    mod = "NM"
    ex = clin.exam(mod, r, c.age < 18)
    text = (f"NUCLEAR MEDICINE REPORT - {c.facility_name()}\n{c.name('pt', 'lf')} | {c.age_phrase(r.choice(('yo', 'y')))} | "
            f"MRN {c.id('mrn', 'MRN')} | Acc {c.id('acc', 'ACCESSION')}\nStudy: {ex} on {c.date('exam', 'long')}, "
            f"injection at {c.time('exam', '12')}, imaging {r.choice(('3 hours', '24 hours', '90 minutes'))} later.\n"
            f"Referring: {c.dr('ref')}\n\n{report_body(c, r, mod, ex=ex, caps=r.random() < 0.5)}\n\n"
            f"Interpreted by {c.dr('rad', r.choice(('fl_md', 'fl_do')))}; authenticated {c.date('sign', 'dmon')} {c.time('sign', '24')}.")
    return mod, text, ""


def fluoro_report(c: Case, r: Random) -> Style:
    if r.random() < 0.25:
        c.as_child()
    mod = "RF"
    ex = clin.exam(mod, r, c.age < 18)
    slp = c.people["nurse"]
    text = (f"{ex}\nPt: {c.name('pt', 'lfm_caps')}  DOB {c.date('dob', 'dash_us')}  ({c.age_phrase('yo_dash')})\n"
            f"Date of service: {c.date('exam', 'mon')}\nPerformed with speech-language pathologist {P('PERSON', slp.fmt('fl'))}, "
            f"CCC-SLP, and {c.dr('res', 'dr_l')}.\n\n{report_body(c, r, mod, ex=ex, caps=False)}\n\nAttending: {c.dr('rad')}")
    return mod, text, ""


def ir_note(c: Case, r: Random) -> Style:
    """An IR procedure note: operators, sedation times, devices (names unannotated), implanted serials."""
    mod = "IR"
    ex = clin.exam(mod, r, c.age < 18)
    text = (f"PROCEDURE NOTE - INTERVENTIONAL RADIOLOGY\nPatient: {c.name('pt', 'fml')}  MRN: {c.id('mrn', 'MRN')}  "
            f"FIN: {c.id('acct', 'ACCOUNT_ID')}\nProcedure: {ex}\nDate: {c.date('exam', r.choice(('us', 'iso', 'dots_us')))}\n"
            f"Operators: {c.dr('rad', 'fl_md')} (attending); {c.dr('res', 'fl_md')} (fellow)\n"
            f"Sedation RN: {P('PERSON', c.people['nurse'].fmt('fl'))}, {K('credential', 'RN')}\n"
            f"Sedation start {c.time('exam', 'mil')}, procedure end {c.time('call', 'mil')}.\n"
            f"Time-out performed at {c.time('exam', '24')} with all team members.\n"
            f"Consent: obtained from {r.choice(('the patient', 'the patient and ' + c.relation + ' ' + c.name('rel', 'fl')))}.\n\n"
            + "\n".join(clin.findings(mod, r, 3, ex)) +
            f"\n\nImplants: {r.choice(('none', 'port reservoir, serial ' + c.id('serial', 'DEVICE_SERIAL')))}.\n"
            f"EBL minimal. {clin.header('Impression', caps=False)}: technically successful. Follow-up in IR clinic on {c.date('next', 'md')}; "
            f"questions to the IR fellow pager {c.phone('pager', r.choice(('dash', 'dot')))}.")
    return mod, text, ""


def peer_review(c: Case, r: Random) -> Style:
    mod = r.choice(("CT", "MR", "XR"))
    ex = clin.exam(mod, r, c.age < 18)
    twin = c.eponym_twin()
    miss = clin.fill(twin, r) if twin else clin.fill(r.choice(("[e:Segond fracture]", "[e:Hill-Sachs lesion]",
                                                                 "[e:Lisfranc] injury", "[e:Jones fracture]", "[e:Pancoast tumor]")), r)
    text = (f"PEER REVIEW (confidential, QA privileged)\nCase: Acc {c.id('acc', 'ACCESSION')}, {ex}, read "
            f"{c.date('exam', r.choice(('md', 'us_short', 'md_mon')))}\nOriginal interpreter: {c.dr('rad', r.choice(('lf_md', 'iil', 'dr_fl')))}\n"
            f"Reviewer: {c.dr('ref', r.choice(('fl_md', 'il_md')))}  Review date: {c.date('addendum', 'us')}\n"
            f"Score: {K('score', 'RADPEER ' + r.choice(('1', '2a', '2b', '3a', '3b')))}\n"
            f"Comment: {miss} not mentioned in the original report; {clin.one_finding(mod, r, ex)}\n"
            f"Patient ({c.name('pt', r.choice(('l', 'lf')))}) was {r.choice(('called back', 'not affected', 'recalled for MRI'))}.")
    return mod, text, ""


STYLES = {"hl7_dump": hl7_dump, "dictation": dictation, "addendum": addendum, "legacy_caps": legacy_caps,
          "nm_report": nm_report, "fluoro_report": fluoro_report, "ir_note": ir_note, "peer_review": peer_review}
