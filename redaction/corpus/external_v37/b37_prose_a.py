"""Prose styles 11-15: breach investigation, access-review memo, sysadmin turnover, phishing write-up, migration runbook."""

from __future__ import annotations

from b37_core import DT, P, digits, fmt_date, fmt_time, later, pick, rand_dt
from b37_pools import (ANATOMY, CREDS, EPONYMS, FACILITIES, LEVELS, MEASURES, NETBIOS, SCORES, Cast, accession,
                       city, emp_id, exam, mrn, phone, phone_dash, plan_id, priv_ip, pt_account, ssn, street)


def _H(d, rng, title, colon=True):
    d.add("\n", (title, "section_header"), ":" if colon else "", "\n")


def privacy_breach_investigation(rng, d):
    cast = Cast(rng)
    pt, emp, inv, rel = cast.person(), cast.person(), cast.person(), cast.person()
    lg = emp.login(rng)
    dt = rand_dt(rng)
    m, a = mrn(rng), accession(rng)
    age = rng.randint(90, 101) if rng.random() < 0.5 else None
    cty, st, z = city(rng)
    d.add(pick(rng, ["PRIVACY OFFICE - CONFIDENTIAL", "Confidential: Privacy Investigation Summary",
                     "PRIVILEGED & CONFIDENTIAL - prepared at direction of counsel"]), "\nCase PRV-", (str(dt.year), "year"),
          "-", digits(rng, 3), "   Investigator: ", P(inv.full), ", ", (pick(rng, ["RN", "CHPC", "JD"]), "credential"), "\n")
    _H(d, rng, pick(rng, ["Background", "BACKGROUND", "Summary of complaint"]))
    d.add(pick(rng, ["On ", "We received a complaint on "]), DT(fmt_date(rng, dt, pick(rng, ["long", "us", "mon"]))), " from ",
          P(rel.full), pick(rng, [", a family member, ", " (the patient's next of kin) ", ", acting under POA, "]),
          "regarding ", P(pt.full), " (MRN ", (m, "MRN"), ")")
    if age:
        d.add(", a ", (str(age), "AGE_OVER_89"), "-year-old resident of ", (cty, "CITY"), ", ", st, ". ")
    else:
        a2 = rng.randint(40, 88)
        d.add(", age ", (str(a2), "age_under_90"), ", of ", (cty, "CITY"), ". ")
    d.add(P(rel.given), " reported that a neighbor who works in imaging ", pick(rng, ["knew details of", "mentioned",
          "asked about"]), " the patient's ", *exam(rng), " before the family had been told the result. ",
          "Contact for follow-up: ", (phone(rng), "PHONE"), ".\n")
    _H(d, rng, pick(rng, ["Audit findings", "FINDINGS", "What the logs show"]))
    t1 = later(rng, dt, -86400 * 9, -86400 * 2)
    d.add("The Visage and Radiant access audits for ", (m, "MRN"), " were pulled for the prior 30 days. User ", P(lg), " (",
          P(emp.full), ", ", (pick(rng, ["RT(R)(CT)", "RT(R)", "RDMS", "RT(R)(MR)"]), "credential"), ", employee ",
          (emp_id(rng), "ACCOUNT_ID"), ") opened accession ", (a, "ACCESSION"), " on ", DT(fmt_date(rng, t1, "md")), " at ",
          DT(fmt_time(rng, t1, pick(rng, ["24", "ampm", "mil"]))), " from workstation CT2-CONSOLE (", (priv_ip(rng), "IP_ADDRESS"),
          ") and again at ", DT(fmt_time(rng, later(rng, t1, 600, 5000), "24")), pick(rng, [
              ", with no order, encounter or worklist assignment linking her to the exam.",
              "; the user was not scheduled that day and had no treatment relationship.", ". No business reason was documented."]), "\n")
    d.add("Images viewed included ", (pick(rng, ["DWI", "T2 FLAIR", "STIR", "SWI"]), "sequence"), " series and the key images of the ", (pick(rng, MEASURES), "measurement"),
          " lesion in the ", (pick(rng, ANATOMY), "anatomy"), pick(rng, [
              ". ", " (report impression: ", ]))
    if d.parts[-1].startswith(" (report"):
        d.add((pick(rng, SCORES), "score"), "). ")
    d.add("The demographics tab, which displays full SSN ", (ssn(rng), "SSN"), " and home address ",
          (street(rng), "STREET_ADDRESS"), ", ", (cty, "CITY"), ", ", st, " ", (z, "ZIP"), ", was also opened.\n")
    _H(d, rng, pick(rng, ["Interview", "Employee interview"]))
    d.add("Interviewed ", DT(fmt_date(rng, later(rng, dt, 86400, 86400 * 6), "md")), " with ", P(pick(rng, [inv.full, inv.surname])),
          " and HR. ", pick(rng, ["Ms. ", "Mr. ", ""]), P(emp.surname), pick(rng, [
              " stated she 'recognized the last name' on the ED tracking board and looked out of concern.",
              " said the login may have been used by someone else, but badge data puts them at the console.",
              " admitted the access and said the patient is a family friend."]), "\n")
    _H(d, rng, pick(rng, ["Determination", "Conclusion"]))
    d.add(pick(rng, ["Unauthorized access confirmed; ", "Impermissible use of PHI; "]), "low probability of compromise not demonstrated. ",
          "Notification letter to ", P(pt.full), " mailed ", DT(fmt_date(rng, later(rng, dt, 86400 * 7, 86400 * 20), "us")),
          ". Sanction per policy HR-", digits(rng, 3), ". Not reportable to media (<500).\n")
    return "CT"


def access_review_attestation_memo(rng, d):
    cast = Cast(rng)
    mgr = cast.person()
    q = rng.randint(1, 4)
    dt = rand_dt(rng)
    n_acct = rng.randint(18, 96)
    cred = pick(rng, ["MD", "MBA", "RT(R)", "RN"])
    d.add("MEMORANDUM\n\nTo:      Identity & Access Management\nFrom:    ", P(mgr.full), ", ", (cred, "credential"), ", ",
          pick(rng, ["Imaging Operations Manager", "Director, Radiology", "Chief Technologist"]), "\nDate:    ",
          DT(fmt_date(rng, dt, pick(rng, ["long", "us"]))), "\nRe:      Q", str(q), " ", (str(dt.year), "year"),
          " access review attestation - ", pick(rng, ["PACS (Visage)", "RIS (Radiant)", "PowerScribe", "Mammo reporting"]),
          "\n\n")
    d.add(pick(rng, ["I have reviewed the ", "Per policy IS-114 I reviewed all "]), str(n_acct),
          pick(rng, [" accounts listed in the certification campaign", " active user accounts", " accounts with a radiology role"]),
          " and attest that, except as noted below, each user requires the access for their current job.\n\nExceptions:\n")
    for i in range(rng.randint(3, 5)):
        p = cast.person()
        lg = p.login(rng)
        r = rng.randint(0, 4)
        d.add(f"{i + 1}. ")
        if r == 0:
            d.add(P(lg), " (", P(p.full), ") - terminated ", DT(fmt_date(rng, rand_dt(rng), "md")), ", still enabled. Disable.\n")
        elif r == 1:
            lg2 = p.login(rng, "jsmith2")
            d.add(P(lg2), " is a duplicate of ", P(p.login(rng, "jane.smith")), " (same person, ", P(p.full),
                  ", emp ", (emp_id(rng), "ACCOUNT_ID"), "). Remove the duplicate; keep the primary.\n")
        elif r == 2:
            d.add(pick(rng, ["svc_pacs", "svc_vna_sync", "mirth"]), " - service account, owner ", P(p.full),
                  ". Keep; password rotation overdue since ", DT(fmt_date(rng, rand_dt(rng), "mon")), ".\n")
        elif r == 3:
            d.add("shared login ", pick(rng, ["MAMMO_TECH1", "ct_console", "usreader"]), " on the ",
                  (pick(rng, ["MG", "CT", "US"]), "modality"), " consoles is used by ", str(rng.randint(3, 9)),
                  " techs incl. ", P(p.given), " ", P(p.surname[0] + "."), "; requesting named accounts (see RITM00",
                  digits(rng, 5), ").\n")
        else:
            d.add(P(f"{p.surname}, {p.given}"), " (", P(lg.upper() if rng.random() < .5 else lg),
                  ") moved to billing ", DT(fmt_date(rng, rand_dt(rng), "us_short")), "; remove radiologist role, keep view-only.\n")
    d.add("\nQuestions: ", (phone_dash(rng), "PHONE"), " or ", (mgr.email(rng), "EMAIL"), ".\n\n/s/ ", P(mgr.full), "\n")
    return pick(rng, ["MR", "CT", "MG"])


def sysadmin_shift_turnover(rng, d):
    cast = Cast(rng)
    out, inn, rad, pt = cast.person(), cast.person(), cast.person(), cast.person()
    dt = rand_dt(rng)
    ol = out.login(rng, pick(rng, ["jsmith", "jane_s", "smithj"]))
    d.add(pick(rng, ["turnover ", "HANDOFF ", "shift notes "]), DT(fmt_date(rng, dt, "md")), " ",
          pick(rng, ["nights -> days", "night->day", "eve -> night"]), "  (", P(ol), " -> ", P(inn.given.lower()), ")\n\n")
    items = [
        lambda: ["- dcm-router02 queue cleared @ ", DT(dt.strftime("%H%M")), ", ~", str(rng.randint(50, 400)),
                 " studies forwarded. root cause still unknown, prob the ", (pick(rng, ["CT", "MR"]), "modality"),
                 " dose SR objects again\n"],
        lambda: ["- pt ", P(pt.surname.upper()), " (mrn ", (mrn(rng), "MRN"), ") ", *exam(rng),
                 " stuck in q, pushed manually w/ movescu from ", (priv_ip(rng), "IP_ADDRESS"), ", verify it landed\n"],
        lambda: ["- ", P(rad.full), " (", pick(rng, ["neuro", "body", "MSK", "breast"]), ") locked out AGAIN. unlocked. ",
                 "her login is ", P(rad.login(rng, "jsmith2")), " NOT ", P(rad.login(rng, "jsmith")),
                 pick(rng, [" - the old one is disabled", ", pls stop resetting the wrong one", ""]), "\n"],
        lambda: ["- Dr ", P(rad.surname), pick(rng, [" wants", " asked for"]), " hanging protocol fixed for ",
                 (pick(rng, ["MR", "CT"]), "modality"), " ", (pick(rng, ["LUMBAR SPINE", "BRAIN", "KNEE"]), "anatomy"),
                 ", ", (pick(rng, ["STIR", "T2 TSE", "DWI"]), "sequence"), " should be top left. ticket INC00", digits(rng, 5), "\n"],
        lambda: ["- disk on vna-arch02 /data at 91%, ran purge job 1/2 way. DON'T run full purge before ",
                 DT(fmt_time(rng, later(rng, dt, 3600, 20000), "ampm")), " (backup window)\n"],
        lambda: ["- outside CD import for ", P(f"{pt.given} {pt.surname}"),
                 " from ", (pick(rng, FACILITIES), "FACILITY"), " failed - bad DICOMDIR. called their IT ",
                 (phone(rng), "PHONE"), ", they'll re-send via sftp\n"],
        lambda: ["- ED called re: portal not loading for ", P(cast.person().login(rng, "smith.j")), "; cleared cache, fine\n"],
        lambda: ["- vendor (Sectra) remote session from ", (priv_ip(rng), "IP_ADDRESS"), " still open, ",
                 P(inn.given), " pls kill it if they dont call back\n"],
    ]
    for f in rng.sample(items, rng.randint(5, len(items))):
        d.add(*f())
    d.add("\n", pick(rng, ["call me if anything", "pager on vibrate, cell ", "- "]), (phone_dash(rng), "PHONE"), "\n-", P(out.given), "\n")
    return pick(rng, ["CT", "MR", "XR"])


def phish_compromise_writeup(rng, d):
    cast = Cast(rng)
    vic, ana, pts = cast.person(), cast.person(), [cast.person() for _ in range(rng.randint(1, 3))]
    dt = rand_dt(rng)
    em = vic.email(rng, "example.org")
    d.add("Security Incident Report SIR-", (str(dt.year), "year"), "-", digits(rng, 4), " - Account compromise via credential phish\n",
          "Analyst: ", P(ana.full), "   Status: ", pick(rng, ["Contained", "Closed", "Eradication"]), "\n")
    _H(d, rng, "Summary")
    d.add("On ", DT(fmt_date(rng, dt, pick(rng, ["long", "iso", "mon"]))), " at ", DT(fmt_time(rng, dt, pick(rng, ["24", "ampm"]))),
          " ", P(vic.full), pick(rng, [", a mammography technologist,", " (CT tech, night shift)", ", radiology scheduler,"]),
          " entered credentials on a lookalike sign-in page (rad-portal-login[.]example[.]net) reached from an e-mail titled '",
          pick(rng, ["Your PACS password expires today", "Action required: PowerScribe license", "Shared: worklist.xlsx"]), "'. ",
          "Attacker sign-ins for ", (em, "EMAIL"), " followed from ", (priv_ip(rng), "IP_ADDRESS"), " and ",
          (priv_ip(rng), "IP_ADDRESS"), ", with MFA satisfied by push fatigue (", str(rng.randint(6, 30)), " prompts).\n")
    _H(d, rng, pick(rng, ["Timeline", "Timeline (local)"]))
    t = dt
    for step in ["phish delivered to", "first malicious sign-in as", "inbox rule created by", "account disabled:"]:
        t = later(rng, t, 60, 7000)
        d.add("  ", DT(t.strftime("%H:%M")), "  ", step, " ", P(vic.login(rng, pick(rng, ["jsmith", "jane.smith", "smithj"]))), "\n")
    d.add("  The rule forwarded messages containing 'report' or 'results' to ", (vic.email(rng, "example.com").replace("@", "1@"), "EMAIL"), ".\n")
    _H(d, rng, "Impact")
    d.add(str(rng.randint(2, 40)), " forwarded messages; ", str(len(pts)), " contained PHI: ")
    for i, p in enumerate(pts):
        d.add("; " if i else "", P(f"{p.surname}, {p.given}"), " (", (mrn(rng), "MRN"), ", ",
              pick(rng, ["report for ", "prior-auth fax for ", "scheduling note for "]), *exam(rng), ")")
    d.add(". Entra object id ", (digits(rng, 8) + "-" + digits(rng, 4), "ACCOUNT_ID"), " sessions revoked; password reset with ",
          P(vic.given), " on the phone at ", (phone(rng), "PHONE"), ".\n")
    _H(d, rng, "Lessons")
    d.add(pick(rng, ["Number matching for MFA is now enforced.", "Legacy auth blocked for the RAD-TECH group.",
                     "Add external-forward alerts to the SOC queue."]), " - ", P(ana.given[0] + ". " + ana.surname), "\n")
    return "MG"


def data_migration_runbook(rng, d):
    cast = Cast(rng)
    author, pt, rad = cast.person(), cast.person(), cast.person()
    dt = rand_dt(rng)
    d.add("# Runbook: legacy RIS -> Radiant cutover, step ", str(rng.randint(3, 9)), " (", pick(rng, ["patient merge",
          "exam history load", "provider/user mapping"]), ")\nOwner: ", P(author.full), "   last edited ",
          DT(fmt_date(rng, dt, "iso")), "\n\n## Worked example 1 - name and DOB normalisation\n")
    leg = digits(rng, 6)
    dob = rand_dt(rng).replace(year=rng.randint(1932, 1990))
    m = mrn(rng)
    d.add("Legacy record ", leg, " has PATNAME `", P(f"{pt.surname.upper()},{pt.given.upper()} {pt.mi}"), "` and DOB `",
          DT(dob.strftime("%Y%m%d")), "`. After the transform it must match Epic MRN ", (m, "MRN"), " as `",
          P(f"{pt.surname}, {pt.given} {pt.mi}."), "` / ", DT(fmt_date(rng, dob, "us")),
          ". If the match score is below 0.92, the row goes to the merge worklist instead.\n\n")
    d.add("## Worked example 2 - exam history\nLegacy accession ", (digits(rng, 8), "ACCESSION"), " (", *exam(rng), ", read by `",
          P(rad.login(rng, "SMITHJ")), "`) becomes ", (accession(rng), "ACCESSION"), "; the reading radiologist maps to ",
          P(f"{rad.given} {rad.surname}"), ", ", (pick(rng, ["MD", "DO"]), "credential"), ". Report text is loaded as-is, so\n",
          "phrases like '", (pick(rng, EPONYMS), "eponym"), "' and '", (pick(rng, LEVELS), "vertebral_level"),
          " disc protrusion' must survive the scrubber test run.\n\n")
    d.add("## Worked example 3 - coverage\nIN1-36 `", (plan_id(rng), "HEALTH_PLAN_ID"), "` -> coverage.member_id; guarantor account `",
          (pt_account(rng), "ACCOUNT_ID"), "` is NOT migrated (billing keeps it).\n\n## User mapping (excerpt)\n")
    for _ in range(rng.randint(2, 4)):
        p = cast.person()
        d.add("  ", P(p.login(rng, "SMITHJ")), pick(rng, ["  ->  ", " => "]), pick(rng, NETBIOS), "\\", P(p.login(rng, "smithj")),
              "   (", P(p.full), ")\n")
    d.add("  RISBATCH  ->  svc_ris_batch   (service)\n\nRollback: contact ", P(author.given), " at ", (phone_dash(rng), "PHONE"), ".\n")
    return pick(rng, ["CT", "MR", "XR"])
