"""Workflow documents around an exam: tumor board, outside-film requests, critical-result logs, ED wet
reads, technologist worksheets, IR checklists, mammography letters, faxes, prior authorizations, phone
messages. Each returns (modality, markup, post-processing)."""

from __future__ import annotations

from random import Random

import blind_clinical as clin
import blind_pools as pools
from blind_case import Case
from blind_markup import K, P
from blind_styles_reports import ALL_MODALITIES, report_body

Style = tuple[str, str, str]


def tumor_board(c: Case, r: Random) -> Style:
    mod = r.choice(("CT", "MR", "NM"))
    ex = clin.exam(mod, r, c.age < 18)
    others = [c.people[k] for k in ("ref", "res", "pcp")]
    attendees = ", ".join(P("PERSON", p.last) for p in others[:-1]) + " and " + P("PERSON", others[-1].last)
    text = (f"{r.choice(('MULTIDISCIPLINARY', 'Multidisciplinary'))} {r.choice(('THORACIC', 'HEPATOBILIARY', 'SARCOMA', 'NEURO-ONC'))} "
            f"TUMOR BOARD - {c.facility_name()} - {c.date('exam', r.choice(('long', 'dlong', 'caps_long')))}\n"
            f"Case {r.randint(1, 9)}: {c.name('pt', r.choice(('fl', 'lf', 'fml')))} ({c.age_phrase(r.choice(('yof', 'y', 'yo')))}), "
            f"MRN {c.id('mrn', 'MRN')}\nPresenting radiologist: {c.dr('rad')}\n"
            f"Outside imaging: {c.facility_name('outside')} acc {c.id('acc2', 'ACCESSION')} ({c.date('prior', 'md')}), "
            f"re-read here as {c.id('acc', 'ACCESSION')}.\n"
            f"Imaging: " + " ".join(clin.findings(mod, r, None, ex)) +
            f"\nPathology ({c.dr('pcp', 'dr_l')}): {r.choice(('adenocarcinoma, TTF-1 positive', 'CD30+ Reed-Sternberg cells', 'small round blue cells, CD99+', 'cholangiocarcinoma'))}; "
            f"stage {K('score', r.choice(('cT2aN1M0', 'cT3N0M0', 'ypT1bN0', 'T4N2M1a')))}.\n"
            f"Discussion: Drs. {attendees} favor {r.choice(('neoadjuvant therapy', 'resection', 'SBRT', 'surveillance'))}. "
            f"Re-present after restaging on or about {c.date('next', r.choice(('md_long', 'md', 'md_mon')))}.")
    return mod, text, ""


def outside_film(c: Case, r: Random) -> Style:
    mod = r.choice(ALL_MODALITIES[:5])
    ex = clin.exam(mod, r, c.age < 18)
    ref = c.people["ref"]
    text = (f"REQUEST FOR OUTSIDE FILM CONSULTATION\nTo: Film Library / Image Import, {c.facility_name()}\n"
            f"From: {c.dr('ref', 'fl_md')}, {c.facility_name('outside')}\n"
            f"Phone {c.phone(0, 'paren')}   Fax {c.phone(1, 'dash')}   {c.email('ref')}\n\n"
            f"Re: {c.name('pt', 'lfm_caps')}   DOB {c.date('dob', 'us')}   SSN (last 4 on file)   Our MRN {c.id('mrn', 'MRN')}\n"
            f"Outside accession {c.id('acc2', 'ACCESSION')}, {ex.lower()} performed {c.date('prior', r.choice(('long', 'us_nopad', 'mon_comma')))}.\n"
            f"CD received {c.date('exam', 'md')} by courier ({r.choice(('2 discs', '1 disc', 'upload link'))}).\n"
            f"Please provide a second-opinion read; the patient sees {P('PERSON', ref.fmt('il'))} again {c.date('next', 'md_ord')}. "
            f"Question: {clin.one_finding(mod, r, ex)}\n"
            f"Images can also be pulled from https://share.{r.choice(pools.DOMAINS)}/s/{r.randint(10**7, 10**8)} (URL expires).")
    # The share link is the outside site's: one URL span covering all of it.
    url_start = text.index("https://")
    url_end = text.index(" (URL expires)")
    text = text[:url_start] + P("URL", text[url_start:url_end]) + text[url_end:]
    return mod, text, ""


def critical_call(c: Case, r: Random) -> Style:
    mod = r.choice(("CT", "MR", "US", "XR"))
    ex = clin.exam(mod, r, c.age < 18)
    rn = c.people["nurse"]
    text = (f"CRITICAL RESULT COMMUNICATION LOG\nExam: {ex} | Acc {c.id('acc', 'ACCESSION')} | "
            f"Pt {c.name('pt', r.choice(('lf_caps', 'lf', 'l_caps')))} | {c.id('mrn', 'MRN')}\n"
            f"Finding: {clin.one_finding(mod, r, ex)}\n"
            f"Attempt 1 {c.time('call', 'mil')} paged {c.dr('ref', 'dr_l')} at {c.phone('pager', r.choice(('dash', 'dot', 'space')))}, no answer.\n"
            f"Attempt 2 spoke with {P('PERSON', rn.fmt(r.choice(('fl', 'lf'))))} {K('credential', 'RN')} (charge nurse, "
            f"{r.choice(('4 West', 'MICU', 'ED pod B'))}) at {c.time('call2', r.choice(('24', '12c', 'milh')))} on {c.date('call2', r.choice(('md', 'md_mon', 'us_short')))}; "
            f"read-back confirmed.\nLogged from workstation {c.ip()}. Called by: {c.dr('rad', r.choice(('fl_md', 'il_md', 'iil')))} (reading room {r.randint(1, 4)})")
    return mod, text, ""


def ed_wet_read(c: Case, r: Random) -> Style:
    """Terse overnight prelim: 'seen 3/4', 24 h times, resident and attending."""
    if r.random() < 0.25:
        c.as_child()
    mod = r.choice(("CT", "XR", "US"))
    ex = clin.exam(mod, r, c.age < 18)
    text = (f"ED WET READ / PRELIM {c.date('exam', 'md')} @{c.time('exam', 'mil')}\n"
            f"{c.name('pt', r.choice(('lf', 'l_caps', 'fl')))} {c.age_phrase(r.choice(('yof', 'y')))} {c.id('mrn', 'MRN')} "
            f"{ex}\n- " + "\n- ".join(clin.findings(mod, r, None, ex)) +
            f"\nprelim by {c.dr('res', r.choice(('il_md', 'dr_l')))} PGY-{r.randint(2, 5)}, d/w ED attending {c.dr('ref', 'dr_l')} "
            f"at {c.time('call', r.choice(('mil', 'milH')))}. Pt seen {c.date('prior', 'md')} at {c.facility_name('outside', short=True)} for same.\n"
            f"Final read to follow by {c.dr('rad', 'dr_caps')}.")
    return mod, text, ""


def tech_worksheet(c: Case, r: Random) -> Style:
    """Technologist worksheet: screening answers, contrast, implanted device serial, eGFR, times."""
    mod = r.choice(("CT", "MR"))
    ex = clin.exam(mod, r, c.age < 18)
    tech = c.people["tech"]
    device = r.choice(pools.DEVICES)
    sequences = "" if mod != "MR" else (f"Sequences: {K('sequence', 'T1')}, {K('sequence', 'T2 FLAIR')}, "
                                        f"{K('sequence', 'DWI')}, {K('sequence', 'SWI')}\n")
    text = (f"{mod} TECHNOLOGIST WORKSHEET\nPatient: {c.name('pt', 'lfm')}   DOB: {c.date('dob', r.choice(('us', 'iso', 'dots_eu')))}   "
            f"MRN: {c.id('mrn', 'MRN')}   Wt {r.randint(40, 130)} kg\nOrder: {ex}   Acc#: {c.id('acc', 'ACCESSION')}\n"
            f"Scanner: {r.choice(pools.SCANNERS[mod])} (room {r.randint(1, 6)}); images sent to PACS node {c.ip()} (AE RAD_{mod}{r.randint(1, 6)})\n"
            f"Screening: implant = {device}, serial {c.id('serial', 'DEVICE_SERIAL')}; "
            f"{r.choice(('MR Conditional, device in MRI mode', 'card verified', 'rep from vendor on site'))}.\n"
            f"Creatinine {round(r.uniform(0.6, 2.1), 2)}, eGFR {K('measurement', str(r.randint(22, 110)) + ' mL/min/1.73m2')} on {c.date('prior', 'md')}. "
            f"On {r.choice(pools.DRUGS)}.\nIV: 20g L antecubital. Contrast: {r.choice(pools.CT_CONTRAST if mod == 'CT' else pools.MR_CONTRAST)} {K('measurement', str(r.randint(10, 120)) + ' mL')} "
            f"at {c.time('exam', r.choice(('24', 'mil')))}; scan complete {c.time('call', r.choice(('24', 'mil')))}.\n"
            + sequences + f"Tech: {P('PERSON', tech.fmt(r.choice(('fl', 'il', 'fl_caps'))))}, {K('credential', 'RT(R)(' + mod + ')')}  "
            f"Radiologist of the day: {c.dr('rad', 'dr_l')}")
    return mod, text, ""


def preproc_checklist(c: Case, r: Random) -> Style:
    mod = "IR"
    ex = clin.exam(mod, r, c.age < 18)
    rel = c.name("rel", r.choice(("fl", "fml")))
    text = (f"PRE-PROCEDURE CHECKLIST (IR)   {c.date('exam', r.choice(('us', 'dots_us', 'iso')))}\n"
            f"[x] Patient identified by name and DOB: {c.name('pt', 'lfm_caps')} / {c.date('dob', r.choice(('us', 'dmon_caps', 'iso')))}\n"
            f"[x] Procedure: {ex}\n"
            f"[x] Consent signed by {c.relation} {rel} (health-care proxy) on {c.date('admit', 'md')} at {c.time('admit', 'mil')}\n"
            f"[x] Labs: INR {round(r.uniform(0.9, 1.6), 1)}, platelets {r.randint(60, 420)}k\n"
            f"[x] Anticoagulant held: {r.choice(pools.ANTICOAGULANTS)} last dose {c.date('admit', 'md_mon')}\n"
            f"[{r.choice('x ')}] Allergy: iodinated contrast (hives), premedicated\n"
            f"[x] NPO since midnight\n[x] Time-out {c.time('exam', '24')} - {P('PERSON', c.people['nurse'].fmt('fl'))}, {K('credential', 'RN')}; "
            f"{c.dr('rad', 'dr_l')}\nContact for results: {c.relation} at {c.phone(1)}")
    return mod, text, ""


def mammo_letter(c: Case, r: Random) -> Style:
    mod = "MG"
    c.make_female()
    ex = clin.exam(mod, r, c.age < 18)
    twin = c.eponym_twin()
    score = r.choice(("BI-RADS 1", "BI-RADS 2", "BI-RADS 0", "BI-RADS 3"))
    text = (f"{c.facility_name()}\n{c.facility_address(r.choice((', ', chr(10))))}\nTel {c.phone(2, 'dot')}\n\n"
            f"{c.date('sign', r.choice(('long', 'dlong')))}\n\n{c.name('pt', 'fml')}\n{c.address(chr(10), unit=r.random() < 0.4, zip4=r.random() < 0.4)}\n\n"
            f"Dear {c.pt_title()},\n\nThank you for having your {K('modality', 'mammogram')} on {c.date('exam', 'long')}. "
            f"Your results are {K('score', score)}: " +
            {"BI-RADS 1": "no sign of cancer was found.", "BI-RADS 2": "benign (not cancer) findings only.",
             "BI-RADS 0": "we need more pictures; please call to schedule.", "BI-RADS 3": "probably benign; we want a follow-up in 6 months."}[score] +
            (f" (Your chart also lists {clin.fill(twin, r)}, which does not affect these results.)" if twin else "") +
            f"\nYour breast tissue is {r.choice(('dense', 'not dense', 'scattered fibroglandular'))}.\n"
            f"A copy has been sent to {c.dr('ref', r.choice(('dr_fl', 'fl_md')))}. You can view the report at "
            f"{P('URL', 'https://myimages.' + r.choice(pools.DOMAINS) + '/r/' + c.ids['acc'].replace(' ', ''))}.\n\nSincerely,\n{c.dr('rad', 'fl_md')}\nBreast Imaging")
    return mod, text, ""


def fax_ocr(c: Case, r: Random) -> Style:
    """A scanned, OCR'd fax: odd spacing, swapped glyphs in ordinary words, page stamps."""
    mod = r.choice(("CT", "MR", "XR", "US"))
    ex = clin.exam(mod, r, c.age < 18)
    text = (f"{c.date('sign', 'us_short')} {c.time('sign', '12c')}   FROM: {c.phone(1, r.choice(('space', 'dash')))}   "
            f"TO: {c.phone(0, 'plain')}   P. 1/{r.randint(2, 4)}\n"
            f"{c.facility_name('outside').upper()}  RADIOLOGY\n\nPt Name :  {c.name('pt', 'lf_caps')}      DOB :  {c.date('dob', 'us')}\n"
            f"MR#  {c.id('mrn', 'MRN')}        Acc :  {c.id('acc', 'ACCESSION')}\n"
            f"Ordering :  {c.dr('ref', r.choice(('caps_md', 'dr_caps')))}\n\n{report_body(c, r, mod, ex=ex)}\n\n"
            f"Signed :  {c.dr('rad', 'caps_md')}   {c.date('sign', 'us')}\n"
            f"CONFIDENTIALITY NOTICE: this fax contains protected health information. If received in error call {c.phone(2, 'one')}.")
    return mod, text, "ocr"


def precert(c: Case, r: Random) -> Style:
    """Prior-authorization request: plan member ID, SSN, account, address, phone."""
    mod = r.choice(("MR", "CT", "NM"))
    ex = clin.exam(mod, r, c.age < 18)
    text = (f"PRIOR AUTHORIZATION REQUEST - ADVANCED IMAGING\nMember: {c.name('pt', 'lfm_caps')}   DOB {c.date('dob', 'us')}\n"
            f"Member ID: {c.id('plan', 'HEALTH_PLAN_ID')}   SSN: {c.ssn()}\n"
            f"Address: {c.address(unit=r.random() < 0.5, zip4=r.random() < 0.5)}   Phone: {c.phone(0)}\n"
            f"Patient account: {c.id('acct', 'ACCOUNT_ID')}\nRequested: {ex} (CPT {r.randint(70010, 78999)}) at {c.facility_name()}\n"
            f"Ordering provider: {c.dr('ref', 'fl_md')}, NPI on file, fax {c.phone(1, 'paren')}\n"
            f"Clinical: {c.age_phrase()} {c.sex_word()}. Prior imaging: " + clin.one_finding(mod, r, ex) +
            f"\nRequested date of service: {c.date('next', 'us')}. Submitted by {P('PERSON', c.people['nurse'].fmt('fl'))} ({c.email('nurse')}).")
    return mod, text, ""


def phone_message(c: Case, r: Random) -> Style:
    if r.random() < 0.25:
        c.as_child()
    mod = r.choice(ALL_MODALITIES if c.age >= 18 else ("CT", "MR", "XR", "US", "RF"))
    ex = clin.exam(mod, r, c.age < 18)
    subj, _ = c.pronoun()
    mod_word = K("modality", MOD_WORD(mod)) if mod in ("CT", "MR", "US", "MG", "XR") else MOD_WORD(mod)
    text = (f"Telephone encounter {c.date('call', r.choice(('us', 'md')))} {c.time('call', r.choice(('12', '12l', '24')))}\n"
            f"Caller: {c.name('rel', r.choice(('fl', 'f')))} ({c.relation} of {c.pt_title()}), callback {c.phone(1)}\n"
            f"Re: {MOD_WORD(mod)} from {c.date('exam', r.choice(('md_long', 'md', 'dots_short')))}, acc {c.id('acc', 'ACCESSION')}.\n"
            f"{c.relation.capitalize()} asks whether the {mod_word} result is back and whether {subj} still needs the "
            f"follow-up on {c.date('next', 'md_ord')}. Patient lives at {c.address()} and cannot drive. "
            f"Message routed to {c.dr('ref', 'dr_l')}; {c.email('pt')} added for portal.\nTaken by {P('PERSON', c.people['tech'].fmt('il'))}")
    return mod, text, ""


def MOD_WORD(mod: str) -> str:  # noqa: N802
    return clin.MODALITY_WORD[mod]


STYLES = {"tumor_board": tumor_board, "outside_film": outside_film, "critical_call": critical_call,
          "ed_wet_read": ed_wet_read, "tech_worksheet": tech_worksheet, "preproc_checklist": preproc_checklist,
          "mammo_letter": mammo_letter, "fax_ocr": fax_ocr, "precert": precert, "phone_message": phone_message}
