"""blind36 prose styles, part A: neighbour letter, parish nurse, GP reply, student reflection, patient blog."""

from __future__ import annotations

from b36_clin import Ctx, accession, condition, cred, finding, health_id, mrn, national_id
from b36_core import D, K, P, age_phrase, fdate, ftime, m, noisy, rand_date
from b36_pools import address_lines, email_for, person, phone


def neighbour_carer_letter(rng):
    c = Ctx(rng, ["UK", "IE", "AU", "NZ", "JM"], old=rng.random() < 0.6)
    w = c.new(rng)
    pt = c.pt
    rel = rng.choice(["next door neighbour", "neighbour from across the road", "paid carer (mornings)",
                      "friend from church", "unpaid carer"])
    call = pt.first()
    L = []
    if rng.random() < 0.6:
        L += [f"{P(w.full())}", address_lines(rng, c.loc, "\n"), f"Tel. {m('PH', phone(rng, c.loc))}", ""]
    L.append(D(fdate(rng, rand_date(rng), rng.choice(["th_year", "dot", "slash_short", "dmy_long"]))))
    L.append("")
    target = rng.choice(["gp", "dept", "family"])
    if target == "gp":
        L.append(f"Dear Dr {P(c.doc.formal())},")
    elif target == "dept":
        L.append(f"To the Appointments Desk, X-ray Department, {m('FAC', c.fac)}")
        L.append("")
        L.append("Dear Sir or Madam,")
    else:
        rel2 = c.new(rng)
        L.append(f"Dear {P(rel2.first())},")
    opener = rng.choice([
        f"I am writing on behalf of my {rel} {P(pt.full())}, who is {age_phrase(rng, c.age)} and does not manage the phone well these days.",
        f"Forgive the handwriting. I am {P(w.given)}, the {rel} of {P(pt.full())} ({'Mrs' if rng.random() < .5 else 'Mr'} {P(pt.formal())} to most people, {P(call)} to us).",
        f"you dont know me but I look in on {P(pt.full())} at number {rng.randrange(2, 90)} most days as her {rel}.",
    ])
    L.append("")
    L.append(opener)
    body = []
    if rng.random() < 0.5:
        body.append(f"{P(call)} was given an appointment for {rng.choice(['a scan', 'an x-ray', 'the MRI'])} on "
                    f"{D(fdate(rng, c.scan, rng.choice(['th', 'of', 'day_th'])))} at {D(ftime(rng, rng.choice(['dotpm', 'pm'])))}, "
                    f"but the letter came to the wrong house and we only opened it on {D(fdate(rng, rand_date(rng), 'th'))}.")
    body.append(f"The hospital rang and said {finding(rng, c.mod)}. Nobody explained what that means for a person "
                f"who already has {condition(rng)}.")
    if rng.random() < 0.5:
        hl, hv = health_id(rng, c.loc)
        body.append(f"For your records, {hl} {m('HP', hv)}, date of birth {D(fdate(rng, c.dob, rng.choice(['slash4', 'dot', 'th_year'])))}.")
    if rng.random() < 0.5:
        body.append(f"Her son {P(c.other.full())} lives away but can be reached on {m('PH', phone(rng, c.loc))} "
                    f"or {m('EM', email_for(rng, c.other))}.")
    if rng.random() < 0.4:
        body.append(f"Transport was booked through {m('FAC', c.fac2)} last time and the driver waited outside "
                    f"for {K('ms', str(rng.randrange(20, 90)) + ' minutes')}.")
    rng.shuffle(body)
    L.append(" ".join(body))
    L.append("")
    L.append(rng.choice(["Could someone please ring me rather than post a letter?",
                         "I would be grateful if the next appointment could be in the morning.",
                         "please can you let me know if I am allowed to come in with her"]))
    L.append("")
    L.append(rng.choice(["Yours sincerely,", "Kind regards,", "Many thanks,", "God bless,"]))
    L.append(P(rng.choice([w.full(), w.given, w.initial()])))
    t = "\n".join(L)
    return (noisy(rng, t, 0.05) if rng.random() < 0.5 else t), c.mod


def parish_nurse_visit_note(rng):
    c = Ctx(rng, ["US", "JM", "PH", "NG"], old=rng.random() < 0.5)
    n = c.new(rng)
    v = rand_date(rng)
    hdr = rng.choice([f"Faith Community Nurse - home visit", "PARISH NURSE VISIT", "Health Ministry visit note"])
    L = [hdr, f"{D(fdate(rng, v, rng.choice(['us_long', 'us_slash', 'th_year'])))}  {D(ftime(rng, rng.choice(['pm', 'dotpm'])))}", ""]
    if rng.random() < 0.5:
        L.append(f"Visited {P(pt_name(rng, c))} at home ({address_lines(rng, c.loc)}) with {P(c.other.full())}, lay minister.")
    else:
        L.append(f"Saw {P(pt_name(rng, c))} after the {rng.choice(['Sunday service', 'Wednesday prayer group', 'novena'])}; "
                 f"{age_phrase(rng, c.age)}, lives alone.")
    L.append(rng.choice([
        f"Parishioner shared that {finding(rng, c.mod)} at {m('FAC', c.fac)} on {D(fdate(rng, c.scan, 'us_long' if c.loc == 'US' else 'th'))}.",
        f"Was anxious about results. Per the discharge paper {finding(rng, c.mod)}.",
    ]))
    L.append(f"BP {rng.randrange(110, 170)}/{rng.randrange(60, 100)} sitting. Reports pain {rng.randrange(1, 9)}/10. "
             + rng.choice(["Medication box filled for the week.", "Prayed together at her request.",
                           "Discussed fear of the scanner and offered to accompany next time."]))
    if rng.random() < 0.6:
        L.append(f"Follow-up with Dr {P(c.doc.formal())} booked {D(fdate(rng, rand_date(rng), 'short_dm' if c.loc == 'NG' else 'us_slash'))}; "
                 f"clinic number {m('PH', phone(rng, c.loc))}.")
    if rng.random() < 0.5:
        L.append(f"Daughter {P(c.other.given)} to be updated - cell {m('PH', phone(rng, c.loc))}.")
    if rng.random() < 0.4:
        hl, hv = health_id(rng, c.loc)
        L.append(f"Copied {hl} {m('HP', hv)} onto the transport request.")
    L.append("")
    L.append(f"-- {P(n.full())}, {cred(rng, c.loc, 'nurse')}, Faith Community Nurse")
    return "\n".join(L), c.mod


def pt_name(rng, c):
    return rng.choice([c.pt.full(), c.pt.full(), c.pt.initial(), c.pt.first()])


def gp_practice_reply_letter(rng):
    c = Ctx(rng, ["UK", "IE", "AU", "NZ", "ZA", "IN", "NG"])
    g = c.doc
    rad = c.new(rng)
    acc = accession(rng)
    L = [m("FAC", c.fac2).upper() if rng.random() < 0.3 else m("FAC", c.fac2), address_lines(rng, c.loc),
         f"Tel {m('PH', phone(rng, c.loc))}   Fax {m('PH', phone(rng, c.loc))}", ""]
    L.append(D(fdate(rng, rand_date(rng), rng.choice(["dmy_long", "slash4", "th_year", "dot"]))))
    L.append(f"Our ref: {m('MRN', mrn(rng, c.loc))}    Your ref: {m('ACC', acc)}")
    L.append("")
    L.append(f"Dr {P(rad.full())}{', ' + cred(rng, c.loc) if rng.random() < .5 else ''}\nDepartment of Radiology, {m('FAC', c.fac)}")
    L.append("")
    hl, hv = health_id(rng, c.loc)
    re_line = rng.choice([
        f"Re: {P(c.pt.last_first(caps=True))}  DOB {D(fdate(rng, c.dob, 'slash4'))}  {hl} {m('HP', hv)}",
        f"RE: {P(c.pt.full())} (DOB {D(fdate(rng, c.dob, 'dot'))}), {address_lines(rng, c.loc)}",
        f"Patient: {P(c.pt.full())}, {age_phrase(rng, c.age)}; {hl}: {m('HP', hv)}",
    ])
    L.append(re_line)
    L.append("")
    L.append(rng.choice([f"Dear Dr {P(rad.formal())},", f"Dear {P(rad.given)},", "Dear Colleague,"]))
    L.append("")
    body = [
        f"Thank you for your report of {D(fdate(rng, c.scan, rng.choice(['th', 'dmy_long'])))} in which {finding(rng, c.mod)}.",
        rng.choice([f"I saw {P(c.pt.first())} in surgery on {D(fdate(rng, rand_date(rng), 'th'))} and explained the result.",
                    "The patient has been informed by telephone and is understandably worried.",
                    f"We have not been able to reach {P(c.pt.formal())} despite three calls and a text."]),
        rng.choice(["I have arranged the follow-up imaging you suggested and added a recall to our system.",
                    "Please could you advise whether this needs a specialist referral or just interval imaging?",
                    f"Of note, {P(c.pt.first())} has a history of {condition(rng)} which may be relevant."]),
    ]
    if rng.random() < 0.5:
        body.append(f"Best number for the family is {m('PH', phone(rng, c.loc))} ({P(c.other.full())}, husband).")
    L.append("\n\n".join(body))
    L.append("")
    L.append(rng.choice(["Yours sincerely", "Kind regards", "With thanks"]) + ",")
    L.append("")
    L.append(f"Dr {P(g.full())}  {cred(rng, c.loc)}" + (f" {cred(rng, c.loc)}" if rng.random() < 0.3 else ""))
    L.append(rng.choice(["General Practitioner", "GP Principal", "Medical Officer", "Family Physician"]))
    if rng.random() < 0.4:
        L.append(f"cc: {P(c.pt.full())}, {address_lines(rng, c.loc)}")
    if rng.random() < 0.4:
        L.append(f"Secure e-mail: {m('EM', email_for(rng, g))}")
    return "\n".join(L), c.mod


def nursing_student_reflection(rng):
    c = Ctx(rng, ["UK", "IE", "AU", "NZ", "PH", "ZA"])
    mentor = c.doc
    stu = c.new(rng)
    hdrs = [("Description", "What happened?"), ("Feelings", None), ("Evaluation", None), ("Analysis", None),
            ("Conclusion", None), ("Action plan", None)]
    L = [f"Reflective account {rng.randrange(2, 9)} - {rng.choice(['Year 2 placement', 'Practice Learning 3', 'Clinical Exposure II'])}",
         f"Student: {P(stu.full())}   Placement: {m('FAC', c.fac)}   Week beginning {D(fdate(rng, rand_date(rng), 'dot'))}",
         rng.choice(["(Gibbs' reflective cycle, 1988)", "Using Gibbs (1988)", ""]), ""]
    slip = rng.random() < 0.7
    pname = P(c.pt.full()) if slip else "Mrs A (pseudonym)"
    texts = {
        "Description": f"On {D(fdate(rng, c.scan, rng.choice(['th', 'of', 'day_th'])))} at about {D(ftime(rng, rng.choice(['dotpm', 'h', 'colon'])))} "
                       f"I escorted {pname}, {age_phrase(rng, c.age)}, to the imaging department for "
                       f"{rng.choice(['her scan', 'an urgent scan', 'imaging'])}. Afterwards the radiographer mentioned {finding(rng, c.mod)}.",
        "Feelings": rng.choice(["I felt out of my depth when she asked me what it meant.",
                                "honestly i was nervous, I had never been in the scanner room before.",
                                "I felt proud that I remembered the safety checklist but worried I said too much."]),
        "Evaluation": f"My practice supervisor {P(mentor.full())} {rng.choice(['debriefed me', 'was very supportive', 'pointed out what went well'])}. "
                      + rng.choice(["What went badly was the handover.", "The metal check was done twice which was good."]),
        "Analysis": f"The literature on patient anxiety in imaging (e.g. a review from {K('yr', str(rng.randrange(2012, 2024)))}) suggests "
                    f"explanation reduces distress. Her background of {condition(rng)} made positioning harder.",
        "Conclusion": "I should not speculate on results and should refer questions to the reporting team.",
        "Action plan": rng.choice(["Read the trust policy on escorting patients.", "Shadow a radiographer for one shift.",
                                   "Practise explaining procedures in plain language."]),
    }
    if slip and rng.random() < 0.5:
        texts["Description"] += f" Her daughter {P(c.other.full())} arrived at {D(ftime(rng, 'dotpm'))}."
    for h, sub in hdrs:
        L.append(K("sh", h) + (f" ({sub})" if sub and rng.random() < 0.5 else ""))
        L.append(texts[h])
        L.append("")
    L.append(f"Signed {P(stu.initial())}   Supervisor: {P(mentor.initial())}, {cred(rng, c.loc, 'nurse')}")
    t = "\n".join(L)
    return (noisy(rng, t, 0.03) if rng.random() < 0.3 else t), c.mod


def patient_blog_post(rng):
    c = Ctx(rng, ["UK", "AU", "US", "IE", "NZ", "PH", "ZA"])
    slug = rng.choice(["scanxiety", "my-mri-day", "waiting-for-results", "the-lump", "round-two"])
    posted = rand_date(rng)
    host = rng.choice(["blog.example.com", "myjourney.example.org", "notes.example.net"])
    L = [rng.choice(["Scanxiety, again", "So that was the MRI...", "Results day (long post, sorry)", "What nobody tells you about the tube"]),
         f"Posted {D(fdate(rng, posted, rng.choice(['th_year', 'us_long', 'dmy_long'])))} by {P(c.pt.full() if rng.random() < .6 else c.pt.first())}",
         m("URL", f"https://{host}/{posted.year}/{posted.month:02d}/{slug}"), ""]
    paras = [
        f"Hi all. If you're new here: I'm {age_phrase(rng, c.age) if c.age >= 18 else 'a teenager'} and I've been living with {condition(rng)} since {K('yr', str(rng.randrange(2009, 2024)))}.",
        f"So on {D(fdate(rng, c.scan, rng.choice(['th', 'day_th', 'us_long'])))} I rocked up at {m('FAC', c.fac)} "
        f"at {D(ftime(rng, rng.choice(['dotpm', 'pm'])))} for my scan. The radiographer ({P(c.other.given)}, absolute legend) talked me through it.",
        f"Dr {P(c.doc.formal())} rang me {rng.choice(['two days later', 'on the Friday', 'the same evening'])} and said {finding(rng, c.mod)}. I had to google half of that.",
        rng.choice(["Anyway. Tea, blanket, Netflix.", "I'm okay. Mostly. Thanks for all the messages xx",
                    "Next step is a follow up in three months, so more waiting!!"]),
    ]
    if rng.random() < 0.4:
        paras.insert(2, f"(If anyone from the hospital reads this: I still haven't had a letter and my hospital number is {m('MRN', mrn(rng, c.loc))}, lol.)")
    L += ["\n\n".join(paras), "", f"{rng.randrange(2, 40)} Comments"]
    for _ in range(rng.randrange(1, 4)):
        cm = c.new(rng, None)
        L.append(f"{P(rng.choice([cm.full(), cm.given, cm.full().lower()]))} - {D(fdate(rng, rand_date(rng), rng.choice(['th', 'slash_short'])))} at {D(ftime(rng, 'dotpm'))}")
        L.append(rng.choice(["sending love!! x", "My mum had the same, happy to chat.", "Sounds like mine. The noise is the worst part.",
                             f"Email me at {m('EM', email_for(rng, cm))} if you want to talk."]))
    return "\n".join(L), c.mod
