"""Prose styles 16-20: vendor spec, offboarding notes, lockout complaint e-mail, fellow's blog post, KB article."""

from __future__ import annotations

from b37_core import DT, P, digits, fmt_date, fmt_time, later, pick, rand_dt
from b37_pools import (ANATOMY, EPONYMS, FACILITIES, LEVELS, MEASURES, NETBIOS, SCORES, SEQUENCES, Cast, accession,
                       city, emp_id, exam, mrn, phone, phone_dash, plan_id, priv_ip, pt_account, serial, ssn, street)


def _report(rng, d):
    d.add((pick(rng, ["FINDINGS", "Findings"]), "section_header"), ": ", pick(rng, ["There is a ", "Stable ", "New "]),
          (pick(rng, MEASURES), "measurement"), " ", pick(rng, ["lesion", "nodule", "cyst"]), " in the ",
          (pick(rng, ANATOMY), "anatomy"), ". ", (pick(rng, EPONYMS), "eponym"), pick(rng, [" is noted.", " again seen."]),
          " Mild disc bulge at ", (pick(rng, LEVELS), "vertebral_level"), ". ",
          (pick(rng, ["IMPRESSION", "Impression"]), "section_header"), ": ", (pick(rng, SCORES), "score"), ".")


def vendor_integration_spec_prose(rng, d):
    cast = Cast(rng)
    pt, ordp, ent = cast.person(), cast.person(), cast.person()
    dt = rand_dt(rng)
    m, a, acct = mrn(rng), accession(rng), pt_account(rng)
    cty, st, z = city(rng)
    dob = rand_dt(rng).replace(year=rng.randint(1930, 1998))
    ts = [DT(dt.strftime("%Y%m%d")), DT(dt.strftime("%H%M%S"))]
    d.add("4.", str(rng.randint(1, 6)), " Inbound orders (ORM^O01) - ", pick(rng, ["Rev C", "v2.3", "draft 0.9"]), "\n\n",
          pick(rng, ["The sample below is taken from the test feed and shows the fields we rely on. ",
                     "Each order arrives as one message; the example below is explained segment by segment. "]),
          "The interface engine (Mirth 4.4, channel RIS_ORM_IN) forwards it unchanged.\n\n")
    d.add("MSH|^~\\&|EPIC|", pick(rng, ["MVMC", "SARH", "KPIC"]), "|AIRAD|AIRAD|", *ts, "||ORM^O01|", digits(rng, 9), "|P|2.3\n")
    d.add("PID|1||", (m, "MRN"), "^^^MVMC^MR||", P(f"{pt.surname.upper()}^{pt.given.upper()}^{pt.mi}"), "||",
          DT(dob.strftime("%Y%m%d")), "|", pick(rng, ["F", "M"]), "|||", (street(rng), "STREET_ADDRESS"), "^^", (cty, "CITY"),
          "^", st, "^", (z, "ZIP"), "||", (phone(rng), "PHONE"), "|||||", (acct, "ACCOUNT_ID"), "|", (ssn(rng), "SSN"), "\n")
    pl = plan_id(rng)
    d.add("IN1|1|", pick(rng, ["BCBS01", "AETNA", "MCR"]), "|", digits(rng, 5), "|", pick(rng, ["Blue Plains Mutual", "Harbor Health Plan"]),
          "||||||||||||||||||||||||||||||||", (pl, "HEALTH_PLAN_ID"), "\n")
    d.add("ORC|NW|", digits(rng, 8), "|||||||", *ts, "|", P(ent.login(rng, "SMITHJ")), "||D", digits(rng, 5), "^",
          P(f"{ordp.surname.upper()}^{ordp.given.upper()}"), "^^^^", ("MD", "credential"), "\n")
    d.add("OBR|1|", digits(rng, 8), "|", (a, "ACCESSION"), "|", "RAD", digits(rng, 4), "^", *exam(rng),
          "|||", *ts, "\n\n")
    d.add("PID-3 carries the MRN (", (m, "MRN"), "); only the first repetition with assigning authority MR is used. PID-5 is ",
          pick(rng, ["the legal name", "the patient name"]), " (", P(f"{pt.surname.upper()}^{pt.given.upper()}^{pt.mi}"), " here), ",
          "and PID-18 is the visit account (", (acct, "ACCOUNT_ID"), "), not the MRN - we saw vendors confuse the two. ",
          "PID-19 (SSN) is populated only for self-pay; please do not persist it. IN1-36 (", (pl, "HEALTH_PLAN_ID"),
          ") is the member id.\n\n")
    d.add("ORC-10 is the entering user's login (", P(ent.login(rng, "SMITHJ")), " = ", P(ent.full), " in the test data) and ORC-12 is ",
          "the ordering provider, Dr. ", P(ordp.surname), ". OBR-3 (",
          (a, "ACCESSION"), ") is the filler accession and must be echoed back in the ORU.\n\n")
    d.add("Result example (OBX-5, wrapped):\n  ")
    _report(rng, d)
    ic = cast.person()
    d.add("\n\nQuestions to the integration contact, ", P(ic.full), ", ", (ic.email(rng), "EMAIL"), ".\n")
    return pick(rng, ["CT", "MR", "US"])


def tech_offboarding_notes(rng, d):
    cast = Cast(rng)
    emp, hr, it = cast.person(), cast.person(), cast.person()
    dt = rand_dt(rng)
    lg = emp.login(rng)
    cred = pick(rng, ["RT(R)(MR)", "RT(R)(CT)", "RDMS", "RT(R)"])
    cty, st, z = city(rng)
    d.add("OFFBOARDING - ", P(emp.full), ", ", (cred, "credential"), "  ", pick(rng, ["MRI technologist", "CT technologist",
          "Sonographer", "Lead tech, X-ray"]), "\nEmp ID ", (emp_id(rng), "ACCOUNT_ID"), "   Last day: ",
          DT(fmt_date(rng, dt, pick(rng, ["long", "us", "mon"]))), "   HRBP: ", P(hr.full), "\n\n")
    items = [
        lambda: ["[x] AD account ", pick(rng, NETBIOS), "\\", P(lg), " disabled ", DT(fmt_date(rng, dt, "md")), " ",
                 DT(fmt_time(rng, dt, "24")), " (", P(it.login(rng, "jsmith")), ")\n"],
        lambda: ["[x] badge deactivated; Zone IV access to ", (pick(rng, ["MR", "CT"]), "modality"), " suite removed\n"],
        lambda: ["[ ] laptop (Dell Latitude 5440, SN ", (serial(rng), "DEVICE_SERIAL"), ") - prepaid box to ",
                 (street(rng), "STREET_ADDRESS"), ", ", (cty, "CITY"), ", ", st, " ", (z, "ZIP"), "\n"],
        lambda: ["[ ] remove personal cell ", (phone_dash(rng), "PHONE"), " from on-call tree + Qgenda\n"],
        lambda: ["[x] shared console login ", pick(rng, ["MR3_TECH", "ct_console", "US_ROOM2"]), " password rotated (",
                 P(emp.given), " knew it)\n"],
        lambda: ["[ ] forward mail 30 days to personal ", (f"{emp.g}.{emp.s[0]}{rng.randint(70, 99)}@example.com", "EMAIL"),
                 "? HR says no - auto-reply only\n"],
        lambda: ["[x] PACS user ", P(lg.upper()), " end-dated; open QA items reassigned to ",
                 P(cast.person().full), "\n"],
    ]
    for f in rng.sample(items, rng.randint(5, len(items))):
        d.add(*f())
    pm = mrn(rng)
    d.add("\nNotes: ", P(emp.given), pick(rng, [" asked whether ", " wants to know if "]), "her own imaging (she is a patient here, MRN ",
          (pm, "MRN"), ") stays visible in MyChart after the account goes - yes, patient portal is separate. ",
          pick(rng, ["Exit interview ", "Final check "]), DT(fmt_date(rng, later(rng, dt, -86400 * 3, -3600), "md")),
          " w/ ", P(hr.surname), ".\n")
    return pick(rng, ["MR", "CT", "US", "XR"])


def radiologist_lockout_email(rng, d):
    cast = Cast(rng)
    rad, it, pt = cast.person(), cast.person(), cast.person()
    dt = rand_dt(rng)
    lg = rad.login(rng, pick(rng, ["smithj", "jsmith", "jsmith2"]))
    em = rad.email(rng, "example.org")
    d.add("From: \"", P(f"{rad.surname}, {rad.given}"), "\" <", (em, "EMAIL"), ">\nTo: ", ("servicedesk@example.org", "EMAIL"),
          "\nCc: ", P(it.full), " <", (it.email(rng, "example.org"), "EMAIL"), ">\nDate: ", dt.strftime("%a"), ", ",
          DT(f"{dt.day} {dt.strftime('%b')} {dt.year}"), " ", DT(dt.strftime("%H:%M:%S")), " -0500\nSubject: ",
          pick(rng, ["LOCKED OUT again + missing study", "Re: account locked (3rd time this week)", "urgent - cant read, acct locked"]),
          "\n\n", pick(rng, ["Hi,", "To whoever is on today,", "Hello,"]), "\n\n")
    n = pick(rng, ["3rd", "third", "fourth"])
    d.add("This is the ", n, " time this week my account (", P(lg), ") has been locked", pick(rng, [
          ". ", " while I was in the middle of a case. ", " - and nobody can tell me why. "]))
    age = rng.randint(90, 99) if rng.random() < 0.6 else None
    d.add("I was reading a STAT ", *exam(rng))
    if age:
        d.add(" on a ", (str(age), "AGE_OVER_89"), pick(rng, [" yo", "-year-old"]))
    d.add(" at ", DT(fmt_time(rng, dt, pick(rng, ["ampm", "24"]))), " when it kicked me out, and the study for ",
          P(f"{pt.surname.upper()}, {pt.given}"), " (MRN ", (mrn(rng), "MRN"), ", acc ", (accession(rng), "ACCESSION"),
          ") is now missing from my worklist entirely.\n\n")
    d.add(pick(rng, ["Also, ", "On top of that, "]), "the prior ", (pick(rng, ["MR", "CT"]), "modality"), " from ",
          (pick(rng, FACILITIES), "FACILITY"), pick(rng, [" that was supposed to be imported yesterday isn't there",
          " never made it into PACS"]), ", so I can't compare the ", (pick(rng, MEASURES), "measurement"), " ",
          pick(rng, ["nodule", "lesion"]), ". The help desk told me to use ", P(rad.login(rng, "jane.smith")),
          " which I have NEVER had.\n\n")
    d.add(pick(rng, ["Call my cell ", "Please call me at "]), (phone_dash(rng), "PHONE"), pick(rng, [" - I'm in reading room 3.",
          ", today.", ""]), "\n\n", P(rad.full), ", ", (pick(rng, ["MD", "DO"]), "credential"), "\n",
          pick(rng, ["Neuroradiology", "Body Imaging", "Breast Imaging", "MSK Radiology"]), "\n")
    return pick(rng, ["CT", "MR"])


def fellow_lessons_blog(rng, d):
    cast = Cast(rng)
    me, rad, it = cast.person(), cast.person(), cast.person()
    ep_p, ep = cast.eponym_person()
    dt = rand_dt(rng)
    d.add("# ", pick(rng, ["Five things I learned cleaning up our PACS accounts", "What a username audit taught me",
                           "Lessons from an identity cleanup (informatics fellowship, part 3)"]), "\n\n*Posted ",
          DT(fmt_date(rng, dt, pick(rng, ["long", "mon"]))), " by ", P(me.full), ", ", (pick(rng, ["MD", "DO"]), "credential"),
          "*\n\n")
    d.add("## 1. One person, many logins\nWhen we pulled the directory we found `", P(rad.login(rng, "jsmith")), "`, `",
          P(rad.login(rng, "jsmith2")), "` and `", P(rad.login(rng, "SMITHJ")), "` all belonging to ",
          "Dr. ", P(rad.surname), pick(rng, [", one of our neuroradiologists.", ", who has been here since ", ]))
    if d.parts[-1].endswith("since "):
        d.add((str(rng.randint(1998, 2016)), "year"), ".")
    d.add(" Each had a different role set. ", pick(rng, ["Merging them took a month.", "We merged them into one."]), "\n\n")
    d.add("## 2. Names are not just names\n", pick(rng, ["A colleague, ", "One of our readers, "]), P(ep_p.full), ", logs in as `",
          P(ep_p.login(rng, "jsmith")), "`. Our first regex scrubber, keyed on staff surnames, happily removed '", (ep, "eponym"),
          "' from ", str(rng.randint(12, 80)), " reports. Test with clinical vocabulary, not just name lists.\n\n")
    a = rng.randint(21, 88)
    d.add("## 3. Shared logins hide who looked\nA ", (str(a), "age_under_90"), "-year-old VIP's ", *exam(rng),
          " was opened from the `ct_console` account; nobody could say which tech it was. We now require named logins on every ",
          (pick(rng, ["CT", "MR", "US"]), "modality"), " console.\n\n")
    d.add("## 4. Service accounts need owners\n`svc_vna_sync` had no owner after ", P(it.full), " left in ",
          (str(dt.year - 1), "year"), ". It had write access to the whole archive.\n\n")
    d.add("## 5. Ask the help desk\n", P(it.given if rng.random() < 0.5 else cast.person().given), pick(rng, [
          " at the service desk knew more about our accounts than any spreadsheet.",
          " on nights keeps a paper list of who uses which login - that list was our best source."]),
          " Thanks also to ", P(it.full), " (", (it.email(rng), "EMAIL"), ") for the scripts.\n")
    return pick(rng, ["CT", "MR", "XR"])


def kb_redaction_article(rng, d):
    cast = Cast(rng)
    pt, auth, user = cast.person(), cast.person(), cast.person()
    dt = rand_dt(rng)
    d.add("KB00", digits(rng, 5), ": ", pick(rng, ["Redacting PHI from screenshots and logs before sending to vendors",
          "How to scrub a log excerpt for a vendor ticket", "Attaching PACS logs to vendor cases safely"]),
          "\nApplies to: Visage, PowerScribe, Mirth   Audience: Rad-IT, PACS admins\nLast reviewed: ",
          DT(fmt_date(rng, dt, "iso")), " by ", P(auth.full), "\n\n")
    d.add("Why: vendors do not need patient identity to debug a stuck study. Mask names, MRNs, accessions, DOBs, and user logins that ",
          "are built from a person's name.\n\nBad example 1 (name masked, everything else left in):\n  ")
    d.add("Patient: [REDACTED]  DOB: ", DT(fmt_date(rng, rand_dt(rng).replace(year=rng.randint(1930, 1990)), "us")),
          "  Acc: ", (accession(rng), "ACCESSION"), "  Ordering: Dr. ", P(cast.person().surname), "\n")
    d.add("\nBad example 2 (login left in the stack trace):\n  ", "ERROR ViewerSession - open failed user=", P(user.login(rng)),
          " host=zfp-viewer01 study=*** ip=", (priv_ip(rng), "IP_ADDRESS"), "\n")
    d.add("\nBad example 3 (the report body still identifies the patient):\n  ",
          pick(rng, ["Comparison: outside CT from ", "Compared with prior from "]), (pick(rng, FACILITIES), "FACILITY"), " dated ",
          DT(fmt_date(rng, rand_dt(rng), "us")), ". ")
    _report(rng, d)
    d.add(" Discussed with ", P(f"{pt.given} {pt.surname}"), "'s wife by phone at ", DT(fmt_time(rng, dt, "ampm")), ".\n")
    d.add("\nGood example:\n  Patient: [REDACTED]  DOB: [REDACTED]  Acc: [REDACTED]  user=[USER-1]  ip=[IP-1]\n\n")
    d.add("Note: the masked '", pt.surname[0], "*****' form is not enough when the first name or MRN is nearby. ",
          "Version strings (Visage 7.1.18, Mirth 4.4.2) and ticket numbers (INC00", digits(rng, 5), ") may stay.\n",
          "Questions: ", P(auth.login(rng, "jane.smith")), " on Teams or ", (phone(rng), "PHONE"), ".\n")
    return pick(rng, ["CT", "MR", "US", "MG"])
