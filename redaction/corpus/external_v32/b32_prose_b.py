"""Prose styles 6-10: ROI cover letter, lay results letter, contrast-reaction phone note, litigation hold, misdirected-report notice."""

from __future__ import annotations

import b32_pools as P
from b32_clin import finding, modality_word, SECTIONS, EPONYMS
from b32_prose_a import _age, _dt


def _addr(r, d, sep=", "):
    st, city, stt, z = P.address(r)
    d.add([(st, "STREET_ADDRESS"), "\n" if sep == "\n" else sep, (city, "CITY"), f", {stt} ", (z, "ZIP")])


def roi_authorization_cover_letter(r, d, mod):
    pt, atty, clerk = P.person(r), P.person(r), P.person(r)
    d.f("{fac}\nHealth Information Management\n\n{dt}\n\n", fac=(r.choice(P.FACILITIES), "FACILITY"),
        dt=_dt(r, P.rdate(r), r.choice(["long", "shortm", "dlong"])))
    d.f("{a}, Esq.\n{firm}\n", a=(P.name(r, atty, r.choice(["fl", "fml"])), "PERSON"),
        firm=r.choice(["Halvorsen & Pike LLP", "Marrow Street Legal Group", "Tindall Injury Law"]))
    _addr(r, d, "\n")
    d.f("\n\nRe: Authorized release - {n}, DOB {dob}\nOur request # {req}\n\n",
        n=(P.name(r, pt, r.choice(["fl", "LFM"])), "PERSON"), dob=_dt(r, P.dob(r)), req=(P.account(r), "ACCOUNT_ID"))
    d.f(r.choice(["Dear {a}:\n\n", "Counselor {a},\n\n"]), a=(atty["last"], "PERSON"))
    d.f(r.choice(["Pursuant to the HIPAA-compliant authorization signed by {n} on {sd}, enclosed are ",
                  "We received {n}'s signed authorization dated {sd}. Enclosed please find "]),
        n=(P.name(r, pt, r.choice(["fl", "last"])), "PERSON"), sd=_dt(r, P.rdate(r)))
    k = r.randrange(2, 4)
    d.t(f"{k} imaging reports (")
    for i in range(k):
        d.add([modality_word(r, mod), " ", (P.accession(r), "ACCESSION"), ", ", _dt(r, P.rdate(r), "mdy2")])
        d.t("; " if i < k - 1 else "). ")
    d.add(["The most recent report's ", (r.choice(SECTIONS), "section_header"), " references ", *finding(r, mod), ". "])
    d.f(r.choice(["A disc with images can be downloaded for 30 days at {u}. ", "Images: {u} (link expires). "]),
        u=(f"https://share.{r.choice(P.DOMAINS)}/roi/{P.digits(r, 8)}", "URL"))
    d.f("Questions may be directed to {c} at {ph} or {e}.\n\nSincerely,\n{c2}, {cr}\nRelease of Information Specialist\n",
        c=(P.name(r, clerk, "fi"), "PERSON"), ph=(P.phone(r), "PHONE"), e=(P.email(r, clerk), "EMAIL"),
        c2=(P.name(r, clerk, "fl"), "PERSON"), cr=(r.choice(["RHIA", "RHIT", "CHC"]), "credential"))


def lay_results_letter(r, d, mod):
    pt, rad = P.person(r), P.person(r)
    d.f("{fac}\n", fac=(r.choice(P.FACILITIES), "FACILITY"))
    d.f("{dt}\n\n{n}\n", dt=_dt(r, P.rdate(r), r.choice(["long", "dlong"])), n=(P.name(r, pt, r.choice(["fml", "fl"])), "PERSON"))
    _addr(r, d, "\n")
    d.f("\n\nPatient ID: {m}\n\n", m=(P.mrn(r), "MRN"))
    title = r.choice(["Ms. ", "Mr. ", ""])
    d.f("Dear {t}{n},\n\n", t=title, n=(pt["last"] if title else P.name(r, pt, "first"), "PERSON"))
    d.f(r.choice(["Thank you for choosing us for your {m} on {dt}. In plain words, ", "Here is a summary of your {m} from {dt}. Put simply, "]),
        m=modality_word(r, mod), dt=_dt(r, P.rdate(r), r.choice(["ord", "long", "mon."])))
    d.add(["the radiologist saw ", *finding(r, mod), ". This is often seen in people your age. "])
    if r.random() < 0.5:
        e = r.choice(EPONYMS)
        d.add(["The term \"", (e, "eponym"), "\" is a name for a condition, not a person on your care team. "])
    d.f(r.choice(["Your doctor, Dr. {ref}, has a copy. ", "We sent this to Dr. {ref}, who ordered the test. "]),
        ref=(P.name(r, P.person(r), r.choice(["last", "fl"])), "PERSON"))
    d.f("If you have questions call {ph}, Monday to Friday.\n\n{n}, {c}\nBreast & Body Imaging\n",
        ph=(P.phone(r), "PHONE"), n=(P.name(r, rad, "fl"), "PERSON"), c=(r.choice(["MD", "DO"]), "credential"))


def contrast_reaction_phone_note(r, d, mod):
    pt, rn, caller = P.person(r), P.person(r), P.person(r)
    d.f(r.choice(["TELEPHONE ENCOUNTER  {dt} {tm}\n", "Phone note - {dt} @ {tm}\n"]), dt=_dt(r, P.rdate(r)),
        tm=(P.ftime(r), "DATE_TIME"))
    d.f("Pt: {n}  DOB {dob}  MRN {m}\n", n=(P.name(r, pt, r.choice(["LFM", "lf", "Lf"])), "PERSON"), dob=_dt(r, P.dob(r, r.random() < 0.3)),
        m=(P.mrn(r), "MRN"))
    d.f(r.choice(["Caller: {c} ({rel}), callback {ph}\n", "Spoke w/ {rel} {c} at {ph}\n"]),
        c=(P.name(r, caller, r.choice(["fl", "first"])), "PERSON"), rel=r.choice(["daughter", "husband", "self-identified neighbor", "wife"]),
        ph=(P.phone(r), "PHONE"))
    d.add(["Reports hives and itching about ", str(r.randrange(2, 9)), " hours after contrast-enhanced ",
           modality_word(r, mod), " (acc ", (P.accession(r), "ACCESSION"), ") which showed ", *finding(r, mod), ". "])
    d.f(r.choice(["Pt is {a} y/o, ", "Age {a}; ", "{a}yo, "]), a=_age(r))
    d.t(r.choice(["no throat tightness, no wheeze. ", "denies SOB. ", "voice normal per caller. "]))
    d.t(r.choice(["Advised diphenhydramine and ED if worse. ", "Instructed to go to ED for any airway symptoms. "]))
    d.f(r.choice(["Allergy list updated; premedicate per protocol next time (next exam {nd}). ", "Flagged chart; next study {nd}. "]),
        nd=_dt(r, P.rdate(r), r.choice(["md", "mon.", "ord", "compact"])))
    d.f("\n-- {n}, {c}\n", n=(P.name(r, rn, r.choice(["fl", "fi"])), "PERSON"), c=(r.choice(["RN", "BSN, RN", "NP"]), "credential"))


def litigation_hold_notice(r, d, mod):
    pt, gc, cust, rad = P.person(r), P.person(r), P.person(r), P.person(r)
    d.t(r.choice(["PRIVILEGED & CONFIDENTIAL - LEGAL HOLD NOTICE\n\n", "Legal Hold / Preservation Directive\n\n"]))
    d.f("To: {c} ({e})\nFrom: Office of General Counsel, {fac}\nDate: {dt}\nMatter: {n} v. {fac2}, Case No. {cn}\n\n",
        c=(P.name(r, cust, "fl"), "PERSON"), e=(P.email(r, cust), "EMAIL"), fac=(r.choice(P.FACILITIES), "FACILITY"),
        dt=_dt(r, P.rdate(r), r.choice(["long", "mdy", "dlong"])), n=(P.name(r, pt, r.choice(["last", "fl"])), "PERSON"),
        fac2=(r.choice(P.FACILITIES), "FACILITY"), cn=r.choice(["24-CV-0", "CV-2025-", "L-"]) + P.digits(r, 4))
    d.f(r.choice(["You are identified as a custodian of records concerning {n} (MRN {m}), ", "This notice concerns patient {n}, medical record {m}, "]),
        n=(P.name(r, pt, r.choice(["fml", "LFM"])), "PERSON"), m=(P.mrn(r), "MRN"))
    d.f("including all images and reports for accession {a} performed {dt} and read by Dr. {rad}. ",
        a=(P.accession(r), "ACCESSION"), dt=_dt(r, P.rdate(r)), rad=(rad["last"], "PERSON"))
    d.add(["Plaintiff alleges a delay in diagnosing ", *finding(r, mod), ". "])
    d.f(r.choice(["Preserve PACS audit trails, workstation logs (including host {ip}) and any {m} key images. ",
                  "Do not delete dictation audio, QA notes or logs from reading station {ip}. "]),
        ip=(P.ip(r), "IP_ADDRESS"), m=modality_word(r, mod))
    d.t("The hold remains in effect until released in writing. ")
    d.f("Acknowledge by {dd} to {gc} at {ph}.\n", dd=_dt(r, P.rdate(r), r.choice(["md", "ord", "long"])),
        gc=(P.name(r, gc, r.choice(["fl", "fml"])), "PERSON"), ph=(P.phone(r), "PHONE"))


def hipaa_misdirected_report_notice(r, d, mod):
    pt, wrong, po = P.person(r), P.person(r), P.person(r)
    d.f("{fac}\nPrivacy Office\n{dt}\n\n", fac=(r.choice(P.FACILITIES), "FACILITY"), dt=_dt(r, P.rdate(r), r.choice(["long", "dlong", "shortm"])))
    d.f("{n}\n", n=(P.name(r, pt, r.choice(["fml", "fl", "LFM"])), "PERSON"))
    _addr(r, d, "\n")
    d.f("\n\nNotice of privacy incident\n\nDear {n}:\n\n", n=(P.name(r, pt, r.choice(["fl", "first"])), "PERSON"))
    d.f(r.choice(["On {dt}, a copy of your {m} report was faxed in error to a clinic other than Dr. {w}'s office. ",
                  "We learned on {dt} that your {m} result was sent to the wrong provider portal ({ip}) instead of Dr. {w}. "]),
        dt=_dt(r, P.rdate(r), r.choice(["long", "ord", "mdy"])), m=modality_word(r, mod), w=(wrong["last"], "PERSON"),
        ip=(P.ip(r), "IP_ADDRESS"))
    d.f("The report included your name, date of birth, medical record number ({m}), exam number {a} and the finding of ",
        m=(P.mrn(r), "MRN"), a=(P.accession(r), "ACCESSION"))
    d.add([*finding(r, mod), ". It did not include your Social Security number or insurance ID. "])
    d.t(r.choice(["The recipient confirmed destruction of the pages. ", "The receiving office attested that the fax was shredded. "]))
    d.f("If you have questions, contact {po}, Privacy Officer, at {ph} or {e}.\n\nSincerely,\n{po2}, {cr}\n",
        po=(P.name(r, po, "fl"), "PERSON"), ph=(P.phone(r), "PHONE"), e=(P.email(r, po), "EMAIL"),
        po2=(P.name(r, po, "fml"), "PERSON"), cr=(r.choice(["CHC", "CHPC", "JD"]), "credential"))


STYLES = {f.__name__: f for f in (roi_authorization_cover_letter, lay_results_letter, contrast_reaction_phone_note,
                                   litigation_hold_notice, hipaa_misdirected_report_notice)}
