"""Prose genres, part A: ED discharge call-backs, anticoagulation-hold calls, deposition excerpts,
gratitude cards, lactation/contrast counselling."""

from __future__ import annotations

from b30_doc import Doc
from b30_pools import EPONYMS, G, SCORES, VLEVELS


def _shuffle(g: G, items):
    items = list(items)
    g.r.shuffle(items)
    return items


def ed_callback(g: G):
    d = Doc()
    pt = g.person()
    mod = g.pick(["CT", "XR", "US", "CTA"])
    hdr = g.pick(["ED CALLBACK NOTE", "Emergency Dept discharge call-back", "ed callback -- radiology discrepancy",
                  "POST-DISCHARGE CALL"])
    d.line("{h}", h=(hdr, "section_header") if hdr.isupper() else hdr)
    opener = g.pick([
        "Called {pt} ({age}) on {d} at {t} regarding the final read of her {mod} from the ED visit.",
        "{d}, {t}: phoned pt {pt}, {age}, re overread of {mod} done in the emergency department.",
        "Spoke w/ {pt} by phone {d} {t}. Pt is a {age} seen in ED {ed} and discharged home.",
        "Attempted callback to {pt} at {ph} on {d}; no answer, left generic VM at {t}. Second attempt successful.",
    ])
    d.line(opener, pt=g.pname(pt), age=g.age(), d=(g.date(), "DATE_TIME"), t=(g.time(), "DATE_TIME"),
           mod=(mod, "modality"), ph=(g.phone(), "PHONE"), ed=(g.date(g.pick(["md", "mdname", "mdot"])), "DATE_TIME"))
    rad = g.doc_name()
    find = g.pick([
        "Final read by {rad} notes a nondisplaced {ep} not called on the prelim.",
        "Attending overread ({rad}) found a {m} nodule in the {an}, recommend follow-up per Fleischner.",
        "{rad} addended: subtle compression deformity at {vl}, age indeterminate.",
        "Overread by {rad} -- {ep} incidentally noted; otherwise concordant.",
    ])
    d.line(find, rad=rad, ep=(g.pick(EPONYMS), "eponym"), m=(f"{g.r.randint(4, 14)} mm", "measurement"),
           an=(g.pick(["right upper lobe", "left lower lobe", "lingula"]), "anatomy"), vl=(g.pick(VLEVELS), "vertebral_level"))
    bits = [
        ("Identity verified with DOB {dob} and address on file ({addr}).", dict(dob=(g.dob(), "DATE_TIME"), addr=g.address())),
        ("Pt states daughter {rel} will drive her to {fac} for repeat imaging.", dict(rel=g.pname(), fac=(g.facility(), "FACILITY"))),
        ("Visit acct {acct}, accession {acc}.", dict(acct=(g.account(), "ACCOUNT_ID"), acc=(g.acc(), "ACCESSION"))),
        ("Best callback # {ph}.", dict(ph=(g.phone(), "PHONE"))),
        ("MRN {mrn} flagged for follow-up queue.", dict(mrn=(g.mrn(), "MRN"))),
    ]
    for tpl, kw in _shuffle(g, bits)[: g.r.randint(3, 5)]:
        d.line(tpl, **kw)
    d.line(g.pick(["-- {s}", "Call completed by {s}.", "{s} / ED follow-up RN"]), s=g.staff(g.pick(["RN", "BSN, RN", "NP"])))
    return d, mod


def anticoag_hold(g: G):
    d = Doc()
    pt, mod = g.person(), g.pick(["CT", "US"])
    proc = g.pick(["liver biopsy", "renal biopsy", "paracentesis", "thyroid FNA", "lung biopsy"])
    d.line(g.pick(["Pre-procedure phone screen", "IR PRE-CALL", "Anticoag hold call", "pre procedure call note"]))
    intro = g.pick([
        "Reached {pt} (MRN {mrn}) at {ph} to review {mod}-guided {proc} scheduled {when}.",
        "{pt} called back on {ph}; scheduled for {mod} guided {proc} on {when}, MRN {mrn}.",
        "Pre-call for {proc} ({mod}) {when} -- pt {pt}, med rec #{mrn}, phone {ph}.",
    ])
    d.line(intro, pt=g.pname(pt), mrn=(g.mrn(), "MRN"), ph=(g.phone(), "PHONE"), mod=(mod, "modality"), proc=proc,
           when=[(g.date(), "DATE_TIME"), (g.pick([" @ ", " at ", " "]), None), (g.time(), "DATE_TIME")])
    drug = g.pick(["apixaban", "warfarin", "clopidogrel", "rivaroxaban", "enoxaparin"])
    med = g.pick([
        "Pt takes {drug}; last dose {last}. Instructed to hold per {doc}.",
        "On {drug} for afib. Prescriber {doc} OK'd a 48h hold, last dose to be {last}.",
        "{drug} held since {last} (confirmed w/ {doc}'s office).",
    ])
    d.line(med, drug=drug, last=(g.date(g.pick(["md", "mdname", "mdot", "us"])), "DATE_TIME"), doc=g.doc_name())
    opts = [
        ("Pt is {age}, lives alone at {addr}; neighbor {nb} will escort.", dict(age=g.age(), addr=g.address(), nb=g.pname())),
        ("Target: {m} lesion {an}.", dict(m=(f"{g.r.randint(8, 40)} mm", "measurement"), an=(g.pick(["left hepatic lobe", "right kidney lower pole", "thyroid isthmus"]), "anatomy"))),
        ("Hx {ep}; no contrast allergy.", dict(ep=(g.pick(EPONYMS), "eponym"))),
        ("Last INR drawn at {fac} on {dd}.", dict(fac=(g.facility(), "FACILITY"), dd=(g.date(), "DATE_TIME"))),
        ("Insurance member ID {pl} verified.", dict(pl=(g.plan(), "HEALTH_PLAN_ID"))),
        ("Prior biopsy in {y} uneventful.", dict(y=g.year())),
    ]
    for tpl, kw in _shuffle(g, opts)[: g.r.randint(3, 6)]:
        d.line(tpl, **kw)
    d.line(g.pick(["{s}", "Screened by {s}", "-{s}"]), s=g.staff(g.pick(["RN", "BSN, RN"])))
    return d, mod


def deposition(g: G):
    d = Doc()
    pt, wit = g.person(), g.person()
    d.line(g.pick(["DEPOSITION OF {w}", "Deposition of {w}", "EXCERPT - DEPOSITION TRANSCRIPT OF {w}"]),
           w=(g.name(wit, "FL"), "PERSON"))
    d.line("Taken {d}, commencing at {t}, at the offices of {fac}.", d=(g.date(g.pick(["long", "dlong", "abbr"])), "DATE_TIME"),
           t=(g.time(g.pick(["ampm", "pm_dot"])), "DATE_TIME"), fac=(g.facility(), "FACILITY"))
    qa = [
        ("Q. Doctor, you interpreted the {mod} of {pt} on {d}?", "A. I did. Accession {acc}, as I recall."),
        ("Q. And the patient was {age} at that time?", "A. That's my understanding from the requisition."),
        ("Q. Did you describe a {ep}?", "A. No. I described findings at {vl}; the {ep2} was mentioned by {o}."),
        ("Q. Where did the patient live?", "A. The face sheet listed {addr}."),
        ("Q. Who at {fac} received your call?", "A. A nurse, {n}. I called {ph} at {t}."),
        ("Q. Can you read Exhibit 14 into the record?", "A. It says MRN {mrn}, DOB {dob}, reading room workstation {ip}."),
        ("Q. Was the scoring {sc}?", "A. Yes, {sc2}, measured at {m}."),
    ]
    kw = dict(mod=(g.pick(["CT", "MRI", "XR"]), "modality"), pt=g.pname(pt, g.pick(["fl", "fml", "FL"])),
              d=(g.date(), "DATE_TIME"), acc=(g.acc(), "ACCESSION"), age=g.age(), ep=(g.pick(EPONYMS), "eponym"),
              ep2=(g.pick(EPONYMS), "eponym"), vl=(g.pick(VLEVELS), "vertebral_level"), o=g.doc_name(),
              addr=g.address(), fac=(g.facility(), "FACILITY"), n=g.pname(), ph=(g.phone(), "PHONE"),
              t=(g.time(), "DATE_TIME"), mrn=(g.mrn(), "MRN"), dob=(g.dob(), "DATE_TIME"), ip=(g.ip(), "IP_ADDRESS"),
              sc=(g.pick(SCORES), "score"), sc2=(g.pick(SCORES), "score"), m=(f"{g.r.randint(5, 30)} mm", "measurement"))
    first, rest = qa[0], _shuffle(g, qa[1:])[: g.r.randint(4, 6)]
    for q, a in [first] + rest:
        d.line(g.pick(["", "    "]) + q, **kw)
        d.line(g.pick(["", "    "]) + a, **kw)
    d.line("MR. {law}: Objection, form.", law=(g.name(None, "l").upper(), "PERSON"))
    d.line("(Reporter: {rep}, CSR)", rep=g.pname())
    return d, "CT"


def gratitude_card(g: G):
    d = Doc()
    pt = g.person()
    staff = [g.person() for _ in range(2)]
    greet = g.pick(["Dear MRI team,", "To the wonderful folks in Radiology --", "dear imaging staff", "Hi everyone at {fac}!"])
    d.line(greet, fac=(g.facility(True), "FACILITY"))
    d.line()
    body = [
        ("I had my {mod} on {d} and I was terrified (claustrophobia!!) but {s1} talked me through every minute.",
         dict(mod=(g.pick(["MRI", "MR"]), "modality"), d=(g.date(g.pick(["mdname", "long", "md", "mdot"])), "DATE_TIME"), s1=g.pname(staff[0], g.pick(["f", "fl", "nick"])))),
        ("At {age} I did not think I'd be lying in a tube for 45 minutes, ha.", dict(age=g.age())),
        ("Please tell {s2}'s supervisor how kind she was when my husband {h} got lost in the parking garage.",
         dict(s2=(g.name(staff[1], g.pick(["f", "fl", "l"])), "PERSON"), h=g.pname())),
        ("They found the {ep} that explains my knee, finally.", dict(ep=(g.pick(EPONYMS[:8]), "eponym"))),
        ("If anyone wants to write back, I'm at {em} or {ph}.", dict(em=(g.email(pt), "EMAIL"), ph=(g.phone(), "PHONE"))),
        ("Since {y} I've had scans at three places and yours is the best.", dict(y=g.year())),
        ("My neighbor in {c} says the same about your {mod2} department.", dict(c=(g.city()[0], "CITY"), mod2=(g.pick(["CT", "US"]), "modality"))),
    ]
    b = _shuffle(g, body)[: g.r.randint(4, 7)]
    for tpl, kw in b:
        d.add(tpl + g.pick([" ", "\n"]), **kw)
    d.line()
    d.line(g.pick(["With gratitude,", "Thank you!!", "Love,", "Sincerely"]))
    d.line("{n}", n=g.pname(pt, g.pick(["fl", "nick", "f", "fml"])))
    if g.chance(0.6):
        d.line("{a}", a=g.address())
    return d, "MR"


def lactation_contrast(g: G):
    d = Doc()
    pt = g.person()
    mod = g.pick(["MRI", "CT"])
    agent = "gadobutrol" if mod == "MRI" else "iohexol"
    d.line(g.pick(["{h}", "Lactation / contrast counselling", "{h} -- breastfeeding patient"]),
           h=(g.pick(["CONTRAST COUNSELING NOTE", "COUNSELING"]), "section_header"))
    d.line(g.pick(["Date: {d}", "{d} {t}", "Seen {d} at {t}"]), d=(g.date(), "DATE_TIME"), t=(g.time(), "DATE_TIME"))
    lead = g.pick([
        "{pt} is a {age} G2P2 who is {wk} weeks postpartum and exclusively breastfeeding her son {baby}.",
        "Pt {pt}, {age}, nursing an infant ({baby}, born {bd}), asked whether to pump and discard after {agent}.",
        "Met with {pt} ({age}) before her {mod}; she is breastfeeding and worried about {agent}.",
    ])
    d.line(lead, pt=g.pname(pt), age=g.age(False), wk=str(g.r.randint(2, 30)), baby=g.pname({"first": g.pick(["Leo", "Amara", "Finn", "Zuri", "Mateo"]), "last": pt["last"], "mid": "A"}, "fl"),
           bd=(g.date(g.pick(["md", "mdname", "us"])), "DATE_TIME"), agent=agent, mod=(mod, "modality"))
    opts = [
        ("Explained ACR guidance: <0.04% of the IV dose reaches the infant's GI tract; interruption is not required.", {}),
        ("Indication: {ind} ({m}) seen on prior {mod2}.", dict(ind=g.pick(["Bosniak IIF cyst", "adnexal lesion O-RADS 3", "liver lesion LI-RADS 3"]).split(" ")[0] + " follow-up",
                                                       m=(f"{g.r.randint(11, 45)} mm", "measurement"), mod2=(g.pick(["US", "CT"]), "modality"))),
        ("Score on prior: {sc}.", dict(sc=(g.pick(SCORES), "score"))),
        ("She may pump ahead of time; lactation consultant {lc} ({ph}) available.", dict(lc=g.pname(), ph=(g.phone(), "PHONE"))),
        ("Her OB is {ob} at {fac}.", dict(ob=g.doc_name(), fac=(g.facility(), "FACILITY"))),
        ("Protocol includes {seq} and {seq2}.", dict(seq=(g.pick(["DWI", "T2 fat-sat", "STIR"]), "sequence"), seq2=(g.pick(["T1 post-contrast", "ADC"]), "sequence"))),
        ("Encounter {acct}; MRN {mrn}.", dict(acct=(g.account(), "ACCOUNT_ID"), mrn=(g.mrn(), "MRN"))),
    ]
    for tpl, kw in _shuffle(g, opts)[: g.r.randint(4, 7)]:
        d.line(tpl, **kw)
    d.line(g.pick(["{s}", "Counselled by {s}"]), s=g.doc_name() if g.chance(0.5) else g.staff("NP"))
    return d, "MR" if mod == "MRI" else "CT"


STYLES_A = {"ed_callback": ed_callback, "anticoag_hold_call": anticoag_hold, "deposition_excerpt": deposition,
            "gratitude_card": gratitude_card, "lactation_contrast_note": lactation_contrast}
