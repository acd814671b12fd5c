"""blind36 structured styles, part B: health-worker register, sports SMS, funeral director, benefits form, care-home log."""

from __future__ import annotations

from b36_clin import Ctx, account, accession, condition, cred, device_serial, digits, finding, health_id, mrn, national_id
from b36_core import D, K, P, age_of, age_phrase, dob, fdate, ftime, lower_marked, m, rand_date
from b36_pools import CITIES, address_lines, email_for, person, phone


def rural_health_worker_register(rng):
    c = Ctx(rng, ["IN", "PH", "NG", "ZA"])
    hw = c.doc
    title = {"IN": "ASHA Referral Register", "PH": "Barangay Health Worker - Referral Logbook",
             "NG": "Village Health Worker Referral Book", "ZA": "CHW Household Visit Register"}[c.loc]
    L = [f"{title} - {m('CITY', c.city)}", f"Worker: {P(hw.full())}  Mobile: {m('PH', phone(rng, c.loc))}",
         f"Sub-centre / facility: {m('FAC', c.fac)}", ""]
    sep = rng.choice([" | ", " ; ", "\t"])
    cols = ["S.No", "Date", "Name", "Age/Sex", "Guardian", "Village", "Phone", "Complaint", "Referred for", "Outcome"]
    L.append(sep.join(cols))
    mods = []
    for k in range(rng.randrange(3, 6)):
        p = c.new(rng)
        g = c.new(rng)
        b = dob(rng, 1930, 2024)
        d = rand_date(rng)
        a = age_of(b, d)
        sex = rng.choice(["F", "M"])
        agecell = m("A", str(a)) + f"/{sex}" if a >= 90 else K("age", f"{a}/{sex}") if a >= 1 else f"{rng.randrange(1, 11)}m/{sex}"
        mod = rng.choice(["XR", "US"])
        mods.append(mod)
        comp = rng.choice(["cough >2 wks", "pregnant 7 mo, no scan", "fall, wrist swelling", "abd pain", "fever, chest pain"])
        ref = f"{K('mod', rng.choice(['chest X-ray', 'USG', 'X-ray', 'ultrasound']))}"
        out = rng.choice(["done, normal", "not gone - no bus fare", f"done {D(fdate(rng, rand_date(rng), 'slash_short'))}, TB clinic",
                          "report awaited", "went to private lab"])
        guardian = f"{rng.choice(['W/o', 'S/o', 'D/o', 'c/o'])} {P(g.full())}"
        ph = m("PH", phone(rng, c.loc)) if rng.random() < .6 else "-"
        vil = m("CITY", rng.choice(CITIES[c.loc]))
        L.append(sep.join([str(k + 1), D(fdate(rng, d, rng.choice(["slash_short", "dot", "dmy_dash"]))), P(p.full() if rng.random() < .7 else p.caps()),
                           agecell, guardian, vil, ph, comp, ref, out]))
    L.append("")
    if rng.random() < .5:
        L.append(f"Remarks: {rng.choice(['ANM', 'Nurse', 'MO'])} {P(c.other.full())} informed {D(fdate(rng, rand_date(rng), 'dot'))}. "
                 f"Incentive claim {m('ACCT', account(rng))} submitted.")
    if rng.random() < .5:
        hl, hv = health_id(rng, c.loc)
        L.append(f"Row 1 {hl} {m('HP', hv)}")
    return "\n".join(L), mods[0]


def sports_club_sms_thread(rng):
    c = Ctx(rng, ["UK", "IE", "AU", "NZ", "ZA", "JM"], mods=("MR", "XR", "US"))
    physio, coach, parent = c.doc, c.other, c.new(rng)
    pl = c.pt
    d0 = rand_date(rng)
    ts = rng.choice(["wa", "plain", "iso"])

    def stamp():
        if ts == "wa":
            return f"[{D(fdate(rng, d0, 'slash_short'))}, {D(ftime(rng, 'dotpm'))}]"
        if ts == "iso":
            return f"{D(fdate(rng, d0, 'dot'))} {D(ftime(rng, 'colon'))}"
        return D(ftime(rng, rng.choice(["h", "colon"])))

    nm = {id(physio): physio.first(), id(coach): coach.first(), id(parent): parent.first(), id(pl): pl.first()}
    club = rng.choice(["Kingfishers RFC U18s", "Southern Stars Netball", "Old Collegians Cricket Club", "Harbour Hawks Rugby League",
                       "St Columba's GAA minors", "Red Kites FC u16"])
    L = [f"Group: {club} - medical", ""]
    msgs = [
        (coach, f"{P(nm[id(pl)].lower())} went down in the second half, knee went sideways. can u look at him tmrw"),
        (physio, f"yep. {P(nm[id(parent)])} can you bring him to the clubrooms {D(fdate(rng, rand_date(rng), 'day_th'))} {D(ftime(rng, 'dotpm'))}?"),
        (parent, "ok will do. hes limping a lot"),
        (physio, f"Lachman positive, effusion +. referring for {K('mod', rng.choice(['MRI', 'scan']))} at {m('FAC', c.fac)}"),
        (parent, f"booked for {D(fdate(rng, c.scan, rng.choice(['th', 'of', 'short_dm'])))} at {D(ftime(rng, 'dotpm'))}. they want his {health_id(rng, c.loc)[0]}?"),
    ]
    hl, hv = health_id(rng, c.loc)
    msgs.append((physio, f"it's on the club form: {m('HP', hv)}"))
    msgs.append((parent, f"results: {finding(rng, c.mod)}"))
    msgs.append((coach, rng.choice(["gutted for him", "rest of season then?", "ffs. sorry mate"])))
    msgs.append((physio, rng.choice([f"I'll call Dr {P(c.new(rng).formal())} the surgeon. my no. is {m('PH', phone(rng, c.loc))} if you need",
                                     f"send me the report pls, {m('EM', email_for(rng, physio))}"])))
    if rng.random() < .5:
        msgs.insert(3, (pl, f"its {P(pl.full().lower())} on mums phone. sore but ok lol"))
    for who, text in msgs:
        name = who.first() if rng.random() < .7 else who.full()
        if who is parent and rng.random() < .3:
            name = f"{parent.first()} ({pl.first()}'s mum)"
            L.append(f"{stamp()} {P(parent.first())} ({P(pl.first())}'s mum): {text}")
            continue
        L.append(f"{stamp()} {P(name)}: {text}")
    t = "\n".join(L)
    return (lower_marked(t) if rng.random() < .15 else t), c.mod


def funeral_director_request(rng):
    c = Ctx(rng, ["UK", "IE", "AU", "NZ", "ZA", "JM", "US"], mods=("XR", "CT"), old=rng.random() < .7)
    fd = c.doc
    dod = rand_date(rng)
    home = rng.choice(["Hartley & Sons Funeral Directors", "Tranquil Rest Funeral Home", "Ó Floinn Undertakers",
                       "Sunset Gardens Funeral Services", "Mbatha Family Funerals"])
    L = [m("FAC", home), address_lines(rng, c.loc), f"{m('PH', phone(rng, c.loc))} (24 hrs)", ""]
    L.append(rng.choice(["REQUEST FOR IMPLANT CONFIRMATION / IMAGING RECORDS", "Request: radiology records of deceased",
                         "Cremation Form - Implanted Device Enquiry"]))
    L.append("")
    rows = [("Deceased", P(c.pt.last_first(caps=True))), ("Date of birth", D(fdate(rng, c.dob, rng.choice(["slash4", "th_year"])))),
            ("Date of death", D(fdate(rng, dod, rng.choice(["slash4", "th_year", "dot"])))),
            ("Age", age_phrase(rng, age_of(c.dob, dod))), ("Place of death", m("FAC", c.fac)),
            ("Last address", address_lines(rng, c.loc)), ("Hospital no.", m("MRN", mrn(rng, c.loc)) if rng.random() < .6 else None),
            ("Applicant (next of kin)", f"{P(c.other.full())}, {rng.choice(['son', 'daughter', 'widow', 'nephew'])}"),
            ("Our ref", m("ACCT", account(rng)))]
    L += [f"{k}: {v}" for k, v in rows if v]
    L.append("")
    L.append(rng.choice([
        f"The medical referee requires confirmation that no pacemaker or battery device remains. The family report "
        f"a device fitted in {K('yr', str(rng.randrange(2008, 2024)))}; registration card shows serial {m('DEV', device_serial(rng))}.",
        f"Please release the {K('mod', 'CT')} report of {D(fdate(rng, c.scan, 'th'))} for the coroner's officer "
        f"({P(c.new(rng).full())}); it reportedly says {finding(rng, 'CT')}.",
        f"Repatriation to {m('CITY', rng.choice(['Manila', 'Lagos', 'Kingston', 'Auckland']))} requires an {K('mod', 'X-ray')} statement that no "
        f"radioactive seeds or implants are present.",
    ]))
    L.append(f"Please reply to {m('EM', email_for(rng, fd))} or fax {m('PH', phone(rng, c.loc))}.")
    L.append("")
    L.append(f"{P(fd.full())}\n{rng.choice(['Funeral Director', 'Funeral Arranger', 'Director, Mortuary Services'])}\n"
             f"{D(fdate(rng, rand_date(rng), 'dmy_long'))}")
    return "\n".join(L), c.mod


def benefits_office_form(rng):
    c = Ctx(rng, ["UK", "US", "ZA", "AU", "IE", "JM"])
    off = {"UK": "Department for Work and Pensions - PIP Evidence Team", "US": "Disability Determination Services",
           "ZA": "SASSA Disability Grant Unit", "AU": "Centrelink Medical Evidence Team",
           "IE": "Department of Social Protection - Illness Benefit Section", "JM": "PATH Programme Office"}[c.loc]
    caseworker = c.other
    nl, nv = national_id(rng, c.loc) or ("Customer ref", digits(rng, 9))
    ref = account(rng)
    L = [off, f"Ref: {m('ACCT', ref)}", f"Date: {D(fdate(rng, rand_date(rng), 'us_long' if c.loc == 'US' else rng.choice(['dmy_long', 'slash4', 'dot'])))}", ""]
    L.append(rng.choice(["MEDICAL EVIDENCE REQUEST - IMAGING", "Form ME-7: request for further evidence", "REQUEST FOR DIAGNOSTIC REPORTS"]))
    L.append("")
    L.append(f"To: Medical Records / Radiology, {m('FAC', c.fac)}")
    L.append("")
    rows = [("Claimant", P(c.pt.full().upper() if rng.random() < .4 else c.pt.full())),
            (nl, m("SSN", nv)), ("Date of birth", D(fdate(rng, c.dob, "us_slash" if c.loc == "US" else "slash4"))),
            ("Address", address_lines(rng, c.loc)), ("Claim type", rng.choice(["Disability", "PIP new claim", "Illness benefit", "Grant review"]))]
    if rng.random() < .5:
        hl, hv = health_id(rng, c.loc)
        rows.append((hl, m("HP", hv)))
    L += [f"  {k:<16}{v}" for k, v in rows]
    L.append("")
    L.append("Please send copies of the following reports:")
    for k in range(rng.randrange(1, 4)):
        mod = rng.choice(["XR", "CT", "MR", "US"])
        L.append(f"  {k + 1}. {K('mod', mod)} - {D(fdate(rng, rand_date(rng), 'us_slash' if c.loc == 'US' else 'slash4'))} - accession {m('ACC', accession(rng))}")
    L.append("")
    L.append(rng.choice(["The claimant has given written consent (enclosed).",
                         f"The claimant states that {finding(rng, c.mod)}; please confirm."]))
    L.append(f"Return by {D(fdate(rng, rand_date(rng), 'us_long' if c.loc == 'US' else 'th_year'))} quoting the reference above.")
    L.append(f"Queries: {P(caseworker.full())}, {rng.choice(['Case Manager', 'Decision Maker', 'Examiner'])}, {m('PH', phone(rng, c.loc))}")
    if rng.random() < .4:
        L.append(f"Secure upload: {m('URL', f'https://evidence.example.gov.example.com/upload?ref={digits(rng, 7)}')}")
    return "\n".join(L), c.mod


def care_home_daily_log(rng):
    c = Ctx(rng, ["UK", "IE", "AU", "NZ", "US", "JM"], old=rng.random() < .7)
    home = rng.choice(["Larchwood Care Home", "Rosebank Residential Aged Care", "Kōwhai Lodge Rest Home", "Seaview Nursing Home"])
    staff = [c.new(rng) for _ in range(3)]
    d = c.scan
    L = [f"{m('FAC', home)} - Daily Progress Notes", f"Resident: {P(c.pt.last_first())}   Room {rng.randrange(1, 60)}   "
         f"Age {m('A', str(c.age)) if c.age >= 90 else K('age', str(c.age))}   Resident ID {m('MRN', mrn(rng, c.loc))}", ""]
    sep = rng.choice([" | ", "  ", "\t"])
    L.append(sep.join(["Date", "Time", "Entry", "Staff"]))
    dk = rng.choice(["slash_short", "dot", "slash4"])
    entries = [
        f"{P(c.pt.first())} found on floor beside bed, c/o pain {K('an', 'left hip')}. Obs stable. {rng.choice(['Ambulance called', 'GP rang'])}.",
        f"Transferred to {m('FAC', c.fac)} for {K('mod', rng.choice(['X-ray', 'CT']))}. {rng.choice(['NOK', 'Family', 'Son/daughter'])} {P(c.other.full())} informed {m('PH', phone(rng, c.loc))}.",
        f"Hospital rang: {finding(rng, c.mod)}. Returned {D(ftime(rng, 'dotpm'))}.",
        f"Settled. Pain score {K('sc', 'Abbey ' + str(rng.randrange(2, 12)))}. Paracetamol given.",
        f"Dr {P(c.doc.formal())} visited, reviewed imaging letter; known {condition(rng)}.",
        "Refused breakfast, ate lunch. Family visit pm.",
    ]
    n = rng.randrange(4, 7)
    for k in range(n):
        e = entries[k % len(entries)]
        s = staff[k % 3]
        who = rng.choice([s.initial(), s.given, s.full()])
        L.append(sep.join([D(fdate(rng, d if k < 3 else rand_date(rng), dk)), D(ftime(rng, rng.choice(['colon', 'dot24', 'hrs']))), e, P(who)]))
    if rng.random() < .5:
        hl, hv = health_id(rng, c.loc)
        L.append(f"Transfer pack sent: med chart, {hl} {m('HP', hv)}, DNACPR form.")
    return "\n".join(L), c.mod
