"""Styles 1-10: report layouts and clinical notes a radiology department pastes into a prompt every day."""

from __future__ import annotations

from b5_case import Case
from b5_clin import exam, findings, history, impression
from b5_markup import keep


def sec(name: str, rng, colon: bool = True) -> str:
    """A section header keep-span in one of several casings."""
    shown = rng.choice((name.upper(), name.title(), name.upper()))
    return keep("section_header", shown) + (":" if colon else "")


def _body(c: Case, n: int = 3) -> str:
    return " ".join(findings(c.r, c.mod, n))


def epic_print_layout(c: Case) -> str:
    """RIS print view: repeated page banner, columns, 'Page 1 of 2', footer with name and MRN again."""
    banner = f"{c.name(fmt=1)}      MRN: {c.mrn()}     DOB: {c.dob_()}   Acct#: {c.acct()}"
    r = c.r
    return (
        f"{c.fac()}  -  Department of Radiology\n{banner}\n"
        f"Ordering: {c.name(c.ref, 1)}        Enc Dt: {c.d()} {c.t()}      Page 1 of 2\n"
        f"{'-' * 78}\nProcedure: {exam(r, c.mod)}      Accession: {c.acc()}\n"
        f"{sec('Clinical indication', r)} {history(r)} {c.age_()} {c.sex}.\n"
        f"{sec('Technique', r)} Routine protocol. Tech: {c.tech_ini()}\n"
        f"{sec('Findings', r)}\n{_body(c, 3)}\n{'-' * 78}\n{banner}      Page 2 of 2\n"
        f"{sec('Impression', r)}\n1. {impression(r)}\n\n"
        f"Dictated by: {c.doc_sig()}  Dictated: {c.d()} {c.t(c.later(35))}\n"
        f"Signed (electronic): {c.d()} {c.t(c.later(58))}\n"
        f"Images: {c.url(with_acc=r.random() < 0.5)}\nPrinted by {c.name(c.res, 6)} on {c.dany(c.exam)}\n"
    )


def powerscribe_autotext(c: Case) -> str:
    """Speech-recognition template with autotext fields already filled, a stray *** and a missing-field bracket."""
    r = c.r
    return (
        f"[EXAM]: {exam(r, c.mod)}\n[PATIENT]: {c.name(fmt=2)}  [MRN]: {c.mrn()}  [ACC]: {c.acc()}\n"
        f"[DATE OF SERVICE]: {c.d()}\n[REFERRING]: {c.dr()}, {c.fac(True)}\n\n"
        f"{sec('History', r)} {c.age_()} {c.sex} with {history(r)} ***\n"
        f"{sec('Comparison', r)} {c.dany(c.prior)} ({c.fac(True)}).\n"
        f"{sec('Findings', r)}\n{_body(c, 3)}\n[OTHER FINDINGS]: none\n"
        f"{sec('Impression', r)}\n{impression(r)}\n\n"
        f"I have personally reviewed the images. {c.doc_sig()}\nResident: {c.name(c.res, 3)}\n"
        f"cc: {c.dr()}; {c.name(c.other(), 3)}, {keep('credential', 'PA-C')}; {c.fac(True)} records\n"
        f"Please rewrite the impression in plain language for the referring team.\n"
    )


def addendum_chain(c: Case) -> str:
    """Final report followed by two addenda, each with its own signer and time stamp."""
    r = c.r
    second = c.other()
    return (
        f"{exam(r, c.mod)} -- {c.name(fmt=0)} ({c.mrn()}) -- {c.d()}\n{sec('Findings', r)} {_body(c, 2)}\n"
        f"{sec('Impression', r)} {impression(r)}\nFinal: {c.doc_sig()} {c.d()} {c.t()}\n\n"
        f"*** {keep('section_header', 'ADDENDUM')} #1 *** {c.d()} {c.t(c.later(140))}\n"
        f"Discussed with {c.dr()} by phone {c.phone()} at {c.t(c.later(150), 0)}; read-back confirmed.\n"
        f"Addended by {c.doc_sig()}\n\n"
        f"*** {keep('section_header', 'ADDENDUM')} #2 *** {c.dany(c.before(-1))}\n"
        f"On second review with {c.name(second, 0)}, following was revised: {_body(c, 1)}\n"
        f"Addended by {c.doc_sig(second, 'DO')}\n"
        f"Summarize all addenda into one corrected impression.\n"
    )


def prior_comparison_digest(c: Case) -> str:
    """Comparison paragraph quoting many priors with dates, outside facilities and outside accessions."""
    r = c.r
    rows = []
    for k in range(r.randint(3, 5)):
        day = c.before(r.randrange(40, 1800))
        where = c.fac(k % 2 == 1)
        rows.append(f"  - {exam(r, c.mod)}, {c.dany(day)}, {where}, outside acc {c.new_acc()}")
    return (
        f"Pt: {c.name(fmt=1)} | MRN {c.mrn()} | DOB {c.dob_()}\n"
        f"Current: {exam(r, c.mod)} {c.d()} acc {c.acc()}\n{sec('Comparison', r)}\n" + "\n".join(rows) + "\n"
        f"Outside CDs imported by {c.tech_ini()} on {c.dshort()} to node {c.ip()}.\n"
        f"{sec('Findings', r)} {_body(c, 2)}\n"
        f"Task: list which priors are relevant and what changed since {c.dany(c.prior)}.\n"
    )


def ed_provider_note(c: Case) -> str:
    """ED physician note with triage times, HPI, imaging result pasted in, and disposition."""
    r = c.r
    return (
        f"{keep('section_header', 'ED PROVIDER NOTE')}  {c.fac()} Emergency Dept\n"
        f"Patient: {c.name(fmt=5)}   Age/Sex: {c.age_(2)}/{c.sex[0].upper()}   MRN#{c.mrn()}   CSN {c.acct()}\n"
        f"Arrival {c.d()} {c.t()} via EMS from {c.addr()}\n"
        f"{sec('HPI', r)} {c.age_(0)} {c.sex} with fall at home; found by {c.relation} {c.name(c.rel, 5)} "
        f"(cell {c.phone()}). PMH: {history(r)}\n"
        f"{sec('Imaging', r)} {exam(r, c.mod)} resulted {c.t(c.later(95))}: {_body(c, 2)}\n"
        f"Prelim read by {c.dr(c.rad)} (pager {c.ext()}).\n"
        f"{sec('Disposition', r)} admit to hospitalist {c.name(c.res, 0)}, {keep('credential', 'MD')}.\n"
        f"Write a one-paragraph handoff for the admitting team.\n"
    )


def ortho_referral_letter(c: Case) -> str:
    """Letter from an orthopedic clinic to imaging, with letterhead address, phone, fax and e-mail."""
    r = c.r
    return (
        f"{c.fac(True)}\n{c.addr(chr(10))}\nTel {c.phone()} | Fax {c.phone()}\n\n{c.dany()}\n\n"
        f"Re: {c.name(fmt=0)}, DOB {c.dob_()}, chart {c.mrn()}\nInsurance: {c.payer} {c.plan()}\n\n"
        f"Dear Colleague,\nI would be grateful for an {exam(r, c.mod)} on this {c.age_(0)} "
        f"{r.choice(('carpenter', 'retired teacher', 'soccer player', 'mail carrier'))}. {history(r)} "
        f"Radiographs here showed: {_body(c, 1)}\n"
        f"Please send the report to my nurse {c.name(c.rel, 5)} at {c.email()}.\n\nKind regards,\n\n"
        f"{c.doc_sig(c.ref, r.choice(('MD', 'DO', 'PA-C')))}\nOrthopaedic Surgery\n"
        f"Prompt: draft a protocol recommendation for this referral.\n"
    )


def sbar_transport_note(c: Case) -> str:
    """Nursing SBAR for transport to imaging: room, times, isolation, family contact."""
    r = c.r
    room = f"{r.randint(2, 9)}{r.choice('ABCDEFW')}-{r.randint(1, 40):02d}"
    return (
        f"SBAR - transport to {keep('modality', 'CT' if c.mod == 'CT' else 'MRI')}   {c.dshort()} {c.t()}\n"
        f"S: {c.name(fmt=2)}, rm {room}, {c.age_(1)}, for {exam(r, c.mod)} (acc {c.acc()}).\n"
        f"B: {history(r)} Contrast allergy: none known. Pacemaker S/N {c.serial()} checked by "
        f"{c.name(c.res, 3)}.\n"
        f"A: A&O x3, on 2 L NC. Left for scanner {c.t(c.later(12), 0)}, back {c.t(c.later(55), 0)}.\n"
        f"R: Please call {c.relation} {c.name(c.rel, 0)} at {c.phone()} once resulted. RN {c.name(c.other(), 3)}.\n"
        f"Summarize this SBAR for the night float.\n"
    )


def asr_raw_draft(c: Case) -> str:
    """Unedited voice-recognition draft: spelled-out dates and identifiers, lower case, no punctuation fixes."""
    from b5_formats import spoken_date, spoken_digits
    from b5_markup import phi
    r = c.r
    mrn_words = phi("MRN", spoken_digits(c.mrn_v))
    return (
        f"this is doctor {phi('PERSON', c.rad.last.lower())} dictating on {phi('DATE_TIME', spoken_date(c.exam))} "
        f"patient {phi('PERSON', c.pt.render(5).lower())} medical record number {mrn_words} "
        f"date of birth {phi('DATE_TIME', spoken_date(c.dob))} exam {exam(r, c.mod)} "
        f"comparison {phi('DATE_TIME', spoken_date(c.prior))} period new paragraph "
        f"{keep('section_header', 'findings')} colon {_body(c, 2)} new paragraph "
        f"{keep('section_header', 'impression')} colon {impression(r)} "
        f"please copy doctor {phi('PERSON', c.ref.last.lower())} end of dictation\n"
        f"---\nClean up the dictation above into a formatted report.\n"
    )


def recist_timepoint_table(c: Case) -> str:
    """Oncology response table: baseline and follow-up time points with dates, target lesions and sums."""
    r = c.r
    days = sorted((c.before(r.randrange(60, 700)) for _ in range(3)))
    sizes = [r.randint(18, 60) for _ in range(3)]
    lines = ["| TP | date | acc | target sum |", "|---|---|---|---|"]
    for k, day in enumerate(days + [c.exam]):
        total = sum(sizes) - k * r.randint(0, 6)
        lines.append(f"| {'BL' if k == 0 else f'FU{k}'} | {c.d(day)} | {c.new_acc()} | "
                     f"{keep('measurement', f'{total} mm')} |")
    return (
        f"RECIST 1.1 worksheet - {c.name(fmt=1)} - {c.mrn()} - protocol subject {c.acct()}\n"
        f"Oncologist: {c.doc_sig(c.ref)} ({c.fac(True)})\n" + "\n".join(lines) + "\n"
        f"Targets: liver {keep('anatomy', 'Couinaud segment 7')}, left {keep('eponym', 'Virchow node')}, "
        f"right adrenal.\n{history(r)}\nCompute percent change from baseline and nadir; state the response.\n"
    )


def lcs_registry_entry(c: Case) -> str:
    """Lung cancer screening registry submission with smoking history, SDM visit and Lung-RADS."""
    r = c.r
    pack = r.randint(20, 80)
    return (
        f"LCS REGISTRY ENTRY\nName: {c.name(fmt=2)}\nSSN: {c.ssn()}\nDOB: {c.dob_()}\nMRN: {c.mrn()}\n"
        f"Address: {c.addr()}\nPhone: {c.phone()}\nPayer: {c.payer}  ID {c.plan()}\n"
        f"Smoking: {keep('measurement', f'{pack} pack-years')}, quit {keep('year', str(2026 - r.randint(1, 14)))}\n"
        f"SDM visit: {c.dany(c.prior)} with {c.name(c.ref, 0)}, {keep('credential', 'NP')}\n"
        f"Exam: {keep('modality', 'LDCT')} {c.d()} acc {c.acc()}  CTDIvol {r.randint(1, 3)}.{r.randint(0, 9)} mGy\n"
        f"Result: {_body(c, 1)}\nReader: {c.doc_sig()}\n"
        f"Check this entry for missing registry fields.\n"
    )


STYLES = {
    "epic_print_layout": (epic_print_layout, ("CT", "MR", "US", "XR")),
    "powerscribe_autotext": (powerscribe_autotext, ("CT", "MR")),
    "addendum_chain": (addendum_chain, ("CT", "MR", "XR")),
    "prior_comparison_digest": (prior_comparison_digest, ("CT", "MR", "MG")),
    "ed_provider_note": (ed_provider_note, ("CT", "XR", "US")),
    "ortho_referral_letter": (ortho_referral_letter, ("MR", "XR")),
    "sbar_transport_note": (sbar_transport_note, ("CT", "MR")),
    "asr_raw_draft": (asr_raw_draft, ("CT", "MR", "XR")),
    "recist_timepoint_table": (recist_timepoint_table, ("CT",)),
    "lcs_registry_entry": (lcs_registry_entry, ("CT",)),
}
