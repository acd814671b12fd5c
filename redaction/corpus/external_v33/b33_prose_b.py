"""Prose styles, part B: tech huddle, conference handout, core-lab query reply, outage e-mail, unmerge request."""

from __future__ import annotations

from b33_core import D, FD, T, acc, account, email_for, hpid, ip, mrn, one, phone, rand_date, serial, ssn, url
from b33_pools import K, Person, address, age_phrase, facility, meas, old, year, young


def tech_huddle_note(d, rng):
    lead = Person(rng)
    d.f(one(rng, "huddle {dt} {t} - ", "AM huddle notes ({dt}, {t})\n", "start-of-shift huddle {dt}\n"),
        dt=D(rng, None, one(rng, "md", "mon_dot", "us_short")), t=T(rng, one(rng, "h", "24"), 7))
    d.f(one(rng, "lead: {l}\n", "charge tech {l}\n"), l=lead.P(rng, one(rng, "lower", "first", "lowerlast")))
    for _ in range(rng.randint(3, 5)):
        p = Person(rng)
        k = rng.randrange(5)
        if k == 0:
            d.f("- rm {r}: {p} ({a}) claustrophobic, wants {sq} done first; sedation ordered for {t}\n",
                r=str(rng.randint(1, 6)), p=p.P(rng, one(rng, "lower", "lowerlast", "last")), a=age_phrase(rng, young(rng)),
                sq=K(rng, "sequence"), t=T(rng, "ampm"))
        elif k == 1:
            d.f("- {p} ({a}), bed-bound, from {fac}; transport at {t} - hoyer lift in {mod} 2\n",
                p=p.P(rng, one(rng, "lower", "full", "caps")), a=age_phrase(rng, old(rng)), fac=facility(rng),
                t=T(rng, "dots"), mod=K(rng, "modality"))
        elif k == 2:
            d.f("- mrn {m} has two orders under acc {a} - call ordering office {ph} before scanning\n",
                m=mrn(rng), a=acc(rng), ph=phone(rng))
        elif k == 3:
            d.f("- dr {r} wants {an} added on {p}'s study; protocol for {ep}\n",
                r=Person(rng).P(rng, one(rng, "lowerlast", "last")), an=K(rng, "anatomy"),
                p=p.P(rng, one(rng, "first", "lower")), ep=K(rng, "eponym"))
        else:
            d.f("- injector in ct 3 (sn {sn}) flagged again, {u} has the ticket; use room 1 until fixed\n",
                sn=serial(rng), u=(lead.handle(rng), "PERSON"))
    d.f(one(rng, "staffing: {a} out, {b} covering {t1}-{t2}\n", "callouts: {a}; {b} stays till {t2} (started {t1})\n"),
        a=Person(rng).P(rng, one(rng, "lower", "first")), b=Person(rng).P(rng, one(rng, "lower", "full")),
        t1=T(rng, "24", 7), t2=T(rng, "24", 19))
    return one(rng, "CT", "MR")


def conference_case_handout(d, rng):
    pt, pres = Person(rng), Person(rng)
    d.f(one(rng, "Noon Conference - Unknown Case {n}\n", "CASE CONFERENCE HANDOUT #{n}\n"), n=str(rng.randint(1, 40)))
    d.f(one(rng, "Presenter: {p}, {cr}\n", "Presented by Dr. {p} ({cr})\n"),
        p=pres.P(rng, one(rng, "full", "last")), cr=K(rng, "credential"))
    d.f(one(rng, "Date: {dt}\n\n", "{dt}, Lecture Hall B\n\n"), dt=FD(rng))
    d.f("{h}\n", h=K(rng, "section_header"))
    a = old(rng) if rng.random() < 0.5 else young(rng)
    d.f(one(rng, "A {ag} {sx} presented on {dt} with {sym}. ", "{ag} {sx}, seen {dt}, complaining of {sym}. "),
        ag=age_phrase(rng, a), sx=one(rng, "woman", "man", "retired teacher", "farmer"), dt=D(rng, None, one(rng, "ordinal", "mon_day", "md")),
        sym=one(rng, "progressive back pain", "hematuria", "new seizures", "shoulder instability"))
    d.f(one(rng, "Prior {ep} diagnosed in {yr}. ", "Known {ep} ({yr}). "), ep=K(rng, "eponym"), yr=year(rng))
    d.f(one(rng, "Outside {mod} from {fac} ({city}) was reviewed. ", "Images courtesy of {fac} in {city}. "),
        mod=K(rng, "modality"), fac=facility(rng), city=(rng.choice(["Port Ellery", "Fenwick", "Greyhaven", "Dunmore"]), "CITY"))
    d.f("\n\n{h}\n", h=K(rng, "section_header"))
    d.f(one(rng, "{sq} hyperintensity in the {an} measuring {ms}, with a second focus at {lv}. ",
            "There is a {ms} lesion of the {an}; {sq} shows restricted signal. Additional finding at {lv}. "),
        sq=K(rng, "sequence"), an=K(rng, "anatomy"), ms=meas(rng), lv=K(rng, "vertebral_level"))
    d.f(one(rng, "Assigned {sc}. ", "Final category {sc}. "), sc=K(rng, "score"))
    d.f(one(rng, "Compare the classic {ep}.", "Do not confuse with {ep}."), ep=K(rng, "eponym"))
    if rng.random() < 0.7:
        d.f("\n\n(Remove before distribution: {pt}, MRN {m}, acc {a}.)", pt=pt.P(rng, one(rng, "caps", "lastfirst")),
            m=mrn(rng), a=acc(rng))
    d.f("\nSlides: {u}\n", u=url(rng))
    return one(rng, "MR", "CT")


def core_lab_query_response(d, rng):
    coord, reader = Person(rng), Person(rng)
    subj = account(rng, one(rng, "SUBJ-", "S-0", "PT"))
    d.f(one(rng, "Re: Core lab query {q}\n\n", "RE: Imaging query {q} - response from site\n\n"), q="Q-" + str(rng.randint(100, 999)))
    d.f(one(rng, "Dear {r},\n\n", "Hello {r},\n\n"), r=reader.P(rng, one(rng, "first", "full")))
    d.f(one(rng, "Regarding subject {s} (local MRN {m}), the week-12 {mod} was acquired on {dt} at {t}, not {dt2} as "
                 "entered in the EDC. ",
            "For subject {s}, our records (MRN {m}) show the {mod} timepoint on {dt} {t}; {dt2} was the original "
            "booking. "),
        s=subj, m=mrn(rng), mod=K(rng, "modality"), dt=D(rng), t=T(rng), dt2=D(rng))
    d.f(one(rng, "The scanner was changed to our second magnet (serial {sn}) because of downtime. ",
            "It was acquired on a different unit, serial no. {sn}, after a service event. "), sn=serial(rng))
    d.f(one(rng, "The {sq} series was repeated due to motion; slice thickness {ms}. ",
            "{sq} was reacquired; {ms} coverage of the {an}. "),
        sq=K(rng, "sequence"), ms=meas(rng), an=K(rng, "anatomy"))
    a = old(rng) if rng.random() < 0.4 else young(rng)
    d.f(one(rng, "Note the subject is {ag} at this visit, which affects the age stratum. ",
            "Age at visit {ag}; please confirm eligibility stratum. "), ag=age_phrase(rng, a))
    if rng.random() < 0.5:
        d.f("Unfortunately the uploaded DICOM still showed the name {pn} in the header; we re-sent a scrubbed "
            "copy from {ip}. ", pn=Person(rng).P(rng, "caret"), ip=ip(rng))
    d.f(one(rng, "Upload receipt: {u}. ", "Transfer confirmation at {u}. "), u=url(rng))
    d.f(one(rng, "\n\nRegards,\n{c}\nResearch Coordinator, {fac}\n{ph} | {em}\n",
            "\n\n{c}, CCRP - {fac}\ntel {ph}\n{em}\n"),
        c=coord.P(rng, one(rng, "full", "fullmid")), fac=facility(rng), ph=phone(rng), em=email_for(rng, coord))
    return one(rng, "MR", "CT")


def scanner_outage_email(d, rng):
    sender = Person(rng)
    fac = facility(rng)
    d.f("From: {em}\nSubject: {mod} {r} down - reschedule list for {dt}\n\n",
        em=email_for(rng, sender), mod=K(rng, "modality"), r=one(rng, "Room 2", "Suite A", "the 3T"),
        dt=D(rng, None, one(rng, "md", "mon_day", "us")))
    d.f(one(rng, "Schedulers - the scanner at {fac} went down at {t} ", "Team, our unit at {fac} faulted around {t} "),
        fac=fac, t=T(rng))
    d.f(one(rng, "and service (ticket {tk}) does not expect it back before tomorrow. ",
            "and the vendor ticket {tk} says parts ship overnight. "), tk=account(rng, "SR"))
    d.t(one(rng, "Please call these patients first:\n\n", "Please reach out to the following:\n\n"))
    for _ in range(rng.randint(3, 5)):
        p = Person(rng)
        k = rng.randrange(3)
        if k == 0:
            d.f("{p}, {t} slot, {ph} - prefers afternoons\n", p=p.P(rng, one(rng, "full", "lastfirst")),
                t=T(rng, "ampm"), ph=phone(rng))
        elif k == 1:
            d.f("{p} ({a}) at {t}; home {ph}, interpreter needed\n", p=p.P(rng, "caps"), a=age_phrase(rng, old(rng)),
                t=T(rng, "24"), ph=phone(rng))
        else:
            d.f("{p}, MRN {m}, {t} - can go to {fac2} on {dt}\n", p=p.P(rng, one(rng, "init", "full")),
                m=mrn(rng), t=T(rng, "dots"), fac2=facility(rng), dt=D(rng, None, "mon_day"))
    d.f(one(rng, "\nOncology add-ons (e.g., {ep} follow-ups) go to the top. ",
            "\nKeep {ep} staging exams as priority. "), ep=K(rng, "eponym"))
    d.f(one(rng, "Thanks,\n{s}\n", "- {s}, lead scheduler\n"), s=sender.P(rng, one(rng, "first", "full")))
    return one(rng, "MR", "CT")


def mrn_unmerge_request(d, rng):
    a, b, req = Person(rng), Person(rng), Person(rng)
    if rng.random() < 0.4:
        b.last = a.last
    d.f(one(rng, "HIM data integrity request - unmerge\n\n", "Request to reverse an incorrect record merge\n\n"))
    d.f(one(rng, "On {dt} registration merged MRN {m1} into {m2}. ", "MRN {m1} was merged into MRN {m2} on {dt} at {t}. "),
        dt=D(rng), m1=mrn(rng), m2=mrn(rng), t=T(rng))
    d.f(one(rng, "These are two different people: {a} (born {d1}, SSN {s1}) and {b} (born {d2}). ",
            "The records belong to {a}, DOB {d1}, and {b}, DOB {d2}; SSN on file for the first is {s1}. "),
        a=a.P(rng), b=b.P(rng), d1=FD(rng, rand_date(rng, 1921, 1999)), d2=FD(rng, rand_date(rng, 1921, 1999)), s1=ssn(rng))
    d.f(one(rng, "{a} lives at {addr1}; ", "Address for {a}: {addr1}; "), a=a.P(rng, "last"), addr1=address(rng))
    d.f(one(rng, "the other patient at {addr2}. ", "the second record lists {addr2}. "), addr2=address(rng))
    d.f(one(rng, "Imaging affected: {mod} accession {x1} and {x2}. ", "Studies now filed under the wrong chart: {x1}, {x2} "
                                                                      "({mod}). "),
        mod=K(rng, "modality"), x1=acc(rng), x2=acc(rng))
    d.f(one(rng, "Insurance member ID {h} belongs only to {a}. ", "Coverage {h} and billing account {ac} follow {a}. "),
        h=hpid(rng), ac=account(rng), a=a.P(rng, "init"))
    a2 = old(rng)
    d.f(one(rng, "Radiology flagged it because the {an} report mentioned a {ag} patient with {ep}. ",
            "The {an} study described {ep} in a {ag} patient, prompting review. "),
        an=K(rng, "anatomy"), ag=age_phrase(rng, a2), ep=K(rng, "eponym"))
    d.f("\n\nRequested by {r}, {cr} - {em}, ext. {x}\n", r=req.P(rng, "full"), cr=K(rng, "credential"),
        em=email_for(rng, req), x=str(rng.randint(2000, 7999)))
    return one(rng, "CT", "MR", "US")
