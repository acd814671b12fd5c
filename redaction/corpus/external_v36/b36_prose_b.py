"""blind36 prose styles, part B: ship medic e-mail, guardian e-mail, teacher note, dentist OPG letter, mission telerad."""

from __future__ import annotations

from b36_clin import Ctx, fill, accession, condition, cred, device_serial, digits, finding, health_id, mrn, national_id, account
from b36_core import D, K, P, age_phrase, lower_marked, fdate, ftime, m, noisy, rand_date
from b36_pools import CITIES, address_lines, email_for, person, phone


def ship_medic_email(rng):
    c = Ctx(rng, ["UK", "PH", "IN", "NG", "US"], mods=("XR",))
    medic = c.new(rng, rng.choice(["UK", "IE", "ZA"]))
    shore = c.doc
    port = rng.choice(CITIES[rng.choice(["AU", "ZA", "NZ", "JM"])])
    sent = rand_date(rng)
    L = [f"From: {P(medic.full())} <{m('EM', email_for(rng, medic))}>",
         f"To: {m('EM', email_for(rng, shore))}",
         f"Date: {D(fdate(rng, sent, 'dmy_long'))} {D(ftime(rng, 'colon'))} UTC",
         f"Subject: {rng.choice(['MEDICAL - crew member', 'Tele-advice req', 'URGENT xray review'])} - "
         f"{P(c.pt.last_first(caps=True))} - {rng.choice(['AB', 'Oiler', '2/O', 'Cook', 'Fitter'])}", ""]
    L.append(rng.choice([f"Dr {P(shore.formal())},", "Good day doc,", "Dear Duty Doctor,"]))
    L.append("")
    rank = rng.choice(["Able Seaman", "Messman", "Third Engineer", "Bosun", "Cadet"])
    L.append(f"{rank} {P(c.pt.full())}, DOB {D(fdate(rng, c.dob, rng.choice(['dot', 'slash4', 'iso'])))}, "
             f"{rng.choice(['Filipino', 'Indian', 'British', 'Nigerian', 'American'])} national, slipped on a wet ladder "
             f"at {D(ftime(rng, rng.choice(['h', 'hrs'])))} ship's time today.")
    L.append(f"We took an {K('mod', 'X-ray')} on the portable unit (serial {m('DEV', device_serial(rng))}) and in my "
             f"non-expert view {finding(rng, 'XR')}.")
    up = rng.choice([f"https://telemed.example.net/case/{digits(rng, 6)}",
                     f"http://10.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}.{rng.randrange(2, 250)}/dicom/upload"])
    L.append(rng.choice([f"Images uploaded to {m('URL', up)}.",
                         f"Images attached (3 JPEG). Sat terminal IP is {m('IP', f'192.168.{rng.randrange(0, 255)}.{rng.randrange(2, 250)}')} if you need to pull DICOM."]))
    L.append(f"ETA {m('CITY', port)} {D(fdate(rng, rand_date(rng), 'th'))} approx {D(ftime(rng, 'hrs'))}. "
             f"Agent has pre-booked {m('FAC', c.fac)} for review.")
    if rng.random() < 0.5:
        hl, hv = health_id(rng, c.loc)
        L.append(f"P&I club ref {m('ACCT', account(rng))}; crew {hl} {m('HP', hv)}.")
    L.append("Please advise re: immobilisation and whether to divert.")
    L.append("")
    L.append(rng.choice(["Regards", "Rgds", "Best"]) + f",\n{P(medic.full())}\nShip's Medical Officer" +
             (f"\nSat phone {m('PH', phone(rng, 'UK'))}" if rng.random() < .5 else ""))
    return "\n".join(L), "XR"


def court_guardian_email(rng):
    c = Ctx(rng, ["US", "UK", "IE", "AU", "ZA"], old=rng.random() < 0.5)
    g = c.new(rng)
    L = [f"From: {m('EM', email_for(rng, g))}",
         f"Sent: {D(fdate(rng, rand_date(rng), 'us_long' if c.loc == 'US' else 'dmy_long'))} {D(ftime(rng, 'pm'))}",
         f"To: Imaging Scheduling, {m('FAC', c.fac)}",
         f"Subject: RE: consent for {rng.choice(['MRI under sedation', 'CT with contrast', 'scan'])} - {P(c.pt.initial())}", ""]
    case = f"{rng.choice(['GN', 'PR', 'COP'])}-{rng.randrange(2019, 2026)}-{digits(rng, 5)}"
    L.append(rng.choice(["Good afternoon,", "Hello,", f"Dear {P(c.doc.given)},"]))
    L.append("")
    L.append(rng.choice([
        f"I am the court-appointed guardian for {P(c.pt.full())} (date of birth {D(fdate(rng, c.dob, 'us_slash' if c.loc == 'US' else 'slash4'))}), "
        f"case no. {m('ACCT', case)}. I have attached the letters of guardianship.",
        f"Further to our call this morning, I confirm I hold the deputyship order ({m('ACCT', case)}) for {P(c.pt.full())}, who is {age_phrase(rng, c.age)}.",
    ]))
    L.append(f"I have read the information about the {K('mod', rng.choice(['MRI', 'CT']))}. I understand {finding(rng, c.mod)} and that the "
             "team would like further imaging.")
    L.append(rng.choice([
        f"I consent to the scan on {D(fdate(rng, c.scan, 'us_long' if c.loc == 'US' else 'th'))} provided the sedation plan is reviewed with "
        f"Dr {P(c.doc.formal())} beforehand.",
        "I do not consent to general anaesthesia at this time; please call me to discuss alternatives.",
    ]))
    if rng.random() < 0.6:
        L.append(f"My ward currently resides at {address_lines(rng, c.loc)}; staff there can be reached at {m('PH', phone(rng, c.loc))}.")
    if rng.random() < 0.5:
        hl, hv = health_id(rng, c.loc)
        L.append(f"Insurance is unchanged ({hl} {m('HP', hv)}).")
    if rng.random() < 0.3:
        nl, nv = national_id(rng, c.loc) or ("ID", digits(rng, 9))
        L.append(f"The billing office asked for the {nl}: {m('SSN', nv)}. Please do not e-mail it further.")
    L.append("")
    L.append(f"{P(g.full())}\n{rng.choice(['Professional Guardian', 'Court-appointed guardian', 'Deputy for property and affairs / health'])}"
             f"\n{m('PH', phone(rng, c.loc))}")
    return "\n".join(L), c.mod


def teacher_incident_note(rng):
    c = Ctx(rng, ["UK", "IE", "ZA", "AU", "NZ", "IN", "PH"], mods=("XR",))
    teacher = c.new(rng)
    fa = c.other
    par = c.new(rng)
    d = c.scan
    yr = rng.choice(["Year 5", "Grade 4", "Std VI", "3rd class", "Year 9", "Form 2"])
    L = [rng.choice(["INCIDENT NOTE - written by class teacher", "Accident/Incident record (narrative)", "Playground incident - note for file"]),
         ""]
    L.append(rng.choice([
        f"On {D(fdate(rng, d, rng.choice(['day_th', 'of', 'dot'])))} at about {D(school_time(rng))} during "
        f"{rng.choice(['morning break', 'PE', 'lunch', 'sports practice'])}, {P(c.pt.full())} ({yr}) fell from the climbing frame.",
        f"{P(c.pt.first() + ' ' + c.pt.family)} in my class ({yr}) tripped on the steps by the hall at {D(school_time(rng))} "
        f"on {D(fdate(rng, d, 'slash_short'))}.",
    ]))
    L.append(f"{P(fa.full())} (first aider) applied a cold pack to the {K('an', rng.choice(['left wrist', 'right forearm', 'right ankle', 'left elbow']))}. "
             f"I rang {rng.choice(['mum', 'dad', 'gran', 'the guardian'])}, {P(par.full())}, on {m('PH', phone(rng, c.loc))} at {D(ftime(rng, 'dotpm'))}.")
    L.append(f"{P(par.given)} collected {P(c.pt.first())} and took them to {m('FAC', c.fac)}.")
    L.append(rng.choice([
        f"Next morning {P(par.given)} phoned the office to say {kid_finding(rng)}.",
        f"Parent emailed ({m('EM', email_for(rng, par))}) that {kid_finding(rng)}; cast for six weeks.",
    ]))
    if rng.random() < 0.4:
        L.append(f"Child has {condition(rng)} noted on the health care plan.")
    L.append(rng.choice(["Area made safe. Head informed.", "Climbing frame taped off pending inspection.",
                         "No other pupils involved."]))
    L.append("")
    L.append(f"{P(teacher.full())}, class teacher   {D(fdate(rng, d, 'slash4'))}")
    t = "\n".join(L)
    return (lower_marked(t) if rng.random() < 0.1 else t), "XR"


def school_time(rng):
    h, mi = rng.randrange(8, 16), rng.randrange(0, 60)
    return rng.choice([f"{(h - 1) % 12 + 1}.{mi:02d}{'am' if h < 12 else 'pm'}", f"{h}h{mi:02d}", f"{h:02d}:{mi:02d}"])


def kid_finding(rng):
    return fill(rng.choice([
        "the {mod:X-ray} showed a buckle fracture of the {an:distal radius}",
        "the {mod:X-ray} showed a {ep:Salter-Harris II} fracture of the {an:distal tibia}",
        "the {mod:X-ray} showed a supracondylar fracture of the {an:left humerus}, {sc:Gartland type II}",
        "the {mod:X-ray} showed a {ep:Monteggia fracture} of the {an:forearm}",
        "the {mod:X-ray} was normal but they will repeat it in {ms:10 days}",
        "the {mod:X-ray} of the {an:knee} showed {ep:Osgood-Schlatter disease}, nothing broken",
    ]))


def dentist_opg_letter(rng):
    c = Ctx(rng, ["UK", "AU", "NZ", "IE", "ZA", "IN"], mods=("XR",))
    dent = c.doc
    to = c.new(rng)
    L = [m("FAC", rng.choice(["Harbourside Dental", "Smile Street Dental Surgery", "Kōwhai Family Dentistry",
                             "Tannery Lane Dental Practice", "Lotus Dental Care"])),
         address_lines(rng, c.loc), f"Ph {m('PH', phone(rng, c.loc))}", ""]
    L.append(D(fdate(rng, rand_date(rng), rng.choice(["th_year", "dmy_long", "dot"]))))
    L.append("")
    L.append(rng.choice([f"Dr {P(to.full())}\nOral and Maxillofacial Surgery, {m('FAC', c.fac)}",
                         f"Dr {P(to.full())}, GP"]))
    L.append("")
    L.append(f"Re: {P(c.pt.full())}   DOB {D(fdate(rng, c.dob, rng.choice(['slash4', 'dot'])))}   {address_lines(rng, c.loc)}")
    L.append("")
    L.append(f"Dear {P(to.given)}," if rng.random() < .4 else f"Dear Dr {P(to.formal())},")
    L.append("")
    tooth = rng.choice([("lower right third molar", "48"), ("lower left third molar", "38"), ("upper left canine", "23")])
    L.append(f"Thank you for seeing {P(c.pt.first())}. A panoramic radiograph ({K('mod', 'OPG')}) taken here on "
             f"{D(fdate(rng, c.scan, 'th'))} shows the {K('an', tooth[0])} (tooth {tooth[1]}) "
             + rng.choice([f"mesioangularly impacted, with the roots overlapping the {K('an', 'inferior alveolar canal')}.",
                           f"associated with a well-defined radiolucency of about {K('ms', str(rng.randrange(8, 25)) + ' mm')}.",
                           f"unerupted; the {K('an', 'maxillary sinus')} floor looks intact."]))
    if rng.random() < 0.5:
        L.append(f"I wonder whether a {K('mod', 'CBCT')} would help before extraction.")
    L.append(rng.choice([f"{P(c.pt.first())} also has {condition(rng)}, so please consider this for sedation.",
                         f"Medical history is otherwise unremarkable apart from {condition(rng)}."]))
    if rng.random() < 0.5:
        L.append(f"Exposure: {K('ms', str(rng.randrange(60, 73)) + ' kV')}, {K('ms', str(rng.randrange(6, 14)) + ' mA')}; "
                 f"unit serial {m('DEV', device_serial(rng))}.")
    if rng.random() < 0.5:
        hl, hv = health_id(rng, c.loc)
        L.append(f"{hl}: {m('HP', hv)}.")
    L.append("Image attached on USB / sent via secure e-mail." if rng.random() < .5
             else f"Images can be requested from {m('EM', email_for(rng, dent))}.")
    L.append("")
    L.append(f"Kind regards,\n\n{P(dent.full())} {cred(rng, c.loc, 'dent')}\nGeneral Dental Practitioner")
    return "\n".join(L), "XR"


def mission_telerad_request(rng):
    c = Ctx(rng, ["NG", "IN", "PH", "ZA"], mods=("XR", "US"))
    mo = c.doc
    case = digits(rng, 5)
    L = [rng.choice(["TELERADIOLOGY REQUEST", "Tele-read request (volunteer network)", "Request for remote reporting"]),
         f"From: {m('FAC', c.fac)}, {m('CITY', c.city)}" + (f" ({rng.choice(['mission hospital', 'rural mission', 'bush hospital'])})" if rng.random() < .5 else ""),
         f"Sent {D(fdate(rng, rand_date(rng), rng.choice(['dot', 'th_year', 'slash_short'])))} {D(ftime(rng, rng.choice(['h', 'dotpm'])))}", ""]
    L.append(rng.choice(["Dear colleague,", "Dear volunteer radiologist,", f"Dear Dr {P(c.other.formal())},"]))
    pt_bits = f"{P(c.pt.full())}, {age_phrase(rng, c.age)}, from {m('CITY', rng.choice(CITIES[c.loc]))} village"
    L.append(rng.choice([
        f"We would value your opinion on {pt_bits}. Hospital no. {m('MRN', mrn(rng, c.loc))}.",
        f"Patient {pt_bits}, came on foot {rng.randrange(2, 9)} hours. Our number: {m('MRN', mrn(rng, c.loc))}.",
    ]))
    L.append(rng.choice(["History: cough 3 months, weight loss, night sweats. HIV status unknown.",
                         "History: fall from mango tree, pain and swelling.",
                         "History: pregnant, no antenatal scan before, bleeding since morning."]))
    L.append(f"Our medical officer's reading is that {finding(rng, c.mod)} but we have no radiologist.")
    link = rng.choice([f"https://pacs.example.org/share/{case}?k={digits(rng, 8)}",
                       f"http://172.{rng.randrange(16, 31)}.{rng.randrange(0, 255)}.{rng.randrange(2, 250)}:8080/viewer/{case}"])
    L.append(rng.choice([f"Images on the portal: {m('URL', link)}",
                         f"DICOM pushed to your node from {m('IP', f'10.{rng.randrange(0, 255)}.{rng.randrange(0, 255)}.{rng.randrange(2, 250)}')} (AE MISSION_DR)."]))
    L.append(f"Case ref {m('ACC', accession(rng))}. Solar power goes off at {D(ftime(rng, 'dotpm'))}, so a reply by e-mail is best.")
    L.append("")
    L.append(f"Thank you and God bless,\nDr {P(mo.full())} {cred(rng, c.loc)}\n{m('EM', email_for(rng, mo))}  |  {m('PH', phone(rng, c.loc))}")
    t = "\n".join(L)
    return (noisy(rng, t, 0.03) if rng.random() < 0.3 else t), c.mod
