"""Prose genres, part B: peer-to-peer review summaries, no-show outreach, transfer-centre notes,
living-donor evaluation letters, home-health visit notes."""

from __future__ import annotations

from b30_doc import Doc
from b30_pools import EPONYMS, G, SCORES, SEQUENCES, VLEVELS


def _some(g: G, items, lo, hi=None):
    items = list(items)
    g.r.shuffle(items)
    return items[: g.r.randint(lo, hi or len(items))]


def peer_to_peer(g: G):
    d = Doc()
    pt = g.person()
    mod = g.pick(["MRI", "CT", "PET/CT"])
    d.line(g.pick(["Peer-to-peer summary", "P2P CALL SUMMARY", "peer to peer -- {mod} denial"]), mod=(mod, "modality"))
    d.line(g.pick([
        "On {d} at {t} I spoke with {md}, medical director for the plan, about the denied {mod} for {pt}.",
        "{d} {t}: P2P with plan reviewer {md} re: {pt}'s {mod}, ref #{acc}.",
        "Requested peer-to-peer for {pt} ({mod} denied {d}); reviewer {md} called back at {t}.",
    ]), d=(g.date(), "DATE_TIME"), t=(g.time(), "DATE_TIME"), md=g.doc_name(), mod=(mod, "modality"),
        pt=g.pname(pt), acc=(g.acc(), "ACCESSION"))
    opts = [
        ("Member ID {pl}, DOB {dob}.", dict(pl=(g.plan(), "HEALTH_PLAN_ID"), dob=(g.dob(), "DATE_TIME"))),
        ("Patient is {age} with progressive radiculopathy at {vl} despite 8 weeks of PT.", dict(age=g.age(), vl=(g.pick(VLEVELS), "vertebral_level"))),
        ("Prior {mod2} showed a {m} lesion, {sc}.", dict(mod2=(g.pick(["US", "CT"]), "modality"), m=(f"{g.r.randint(6, 35)} mm", "measurement"), sc=(g.pick(SCORES), "score"))),
        ("Reviewer cited criteria from {y}; I noted the {ep} history.", dict(y=g.year(), ep=(g.pick(EPONYMS), "eponym"))),
        ("SSN on the denial letter ({ssn}) does not match our registration -- flagged to PFS.", dict(ssn=(g.ssn(), "SSN"))),
        ("Approval number will be faxed to {fac}; callback {ph}.", dict(fac=(g.facility(), "FACILITY"), ph=(g.phone(), "PHONE"))),
        ("Requested sequences incl. {s} were explained.", dict(s=(g.pick(SEQUENCES), "sequence"))),
        ("Hospital account {ac}.", dict(ac=(g.account(), "ACCOUNT_ID"))),
    ]
    for tpl, kw in _some(g, opts, 4, 7):
        d.line(tpl, **kw)
    d.line(g.pick(["Outcome: {o}.", "Result -- {o}", "{o}"]), o=g.pick(["overturned, approved", "upheld", "approved w/ modification", "pending medical records"]))
    d.line(g.pick(["{s}", "Signed: {s}"]), s=g.doc_name())
    return d, "MR" if mod == "MRI" else "CT"


def no_show_outreach(g: G):
    d = Doc()
    pt = g.person()
    mod = g.pick(["MG", "CT", "MRI", "US", "DEXA"])
    d.line(g.pick(["Missed appt outreach", "NO-SHOW FOLLOW UP", "no show outreach note", "Outreach -- missed imaging"]))
    miss = g.pick([
        "{pt} did not arrive for {mod} on {d} ({t}).",
        "Pt {pt} no-showed {d} {t}, {mod} {why}.",
        "{d}: {pt}'s {mod} slot at {t} went unfilled; 2nd missed appt since {y}.",
    ])
    d.line(miss, pt=g.pname(pt), mod=(mod, "modality"), d=(g.date(), "DATE_TIME"), t=(g.time(), "DATE_TIME"),
           why=g.pick(["screening", "follow-up", "ordered for Lung-RADS 3 nodule"]), y=g.year())
    steps = [
        ("Called home {ph}: number disconnected.", dict(ph=(g.phone(), "PHONE"))),
        ("Called cell {ph}, spoke to grandson {gs} who says she moved in with family in {c}.", dict(ph=(g.phone(), "PHONE"), gs=g.pname(), c=(g.city()[0], "CITY"))),
        ("Sent portal link {u}.", dict(u=(g.url(), "URL"))),
        ("Letter mailed to {addr}.", dict(addr=g.address())),
        ("E-mailed {em} per preference on file.", dict(em=(g.email(pt), "EMAIL"))),
        ("Pt is {age}; transport barrier noted.", dict(age=g.age())),
        ("Ordering provider {doc} notified via in-basket.", dict(doc=g.doc_name())),
        ("MRN {mrn} / order {acc}.", dict(mrn=(g.mrn(), "MRN"), acc=(g.acc(), "ACCESSION"))),
        ("Rescheduled for {d2} at {fac}.", dict(d2=(g.date(g.pick(["md", "mdname", "mdot", "us"])), "DATE_TIME"), fac=(g.facility(), "FACILITY"))),
    ]
    chosen = _some(g, steps, 4, 7)
    bullet = g.pick(["num", "- ", "* ", ""])
    for i, (tpl, kw) in enumerate(chosen):
        d.add((f"{i + 1}) " if bullet == "num" else bullet) + tpl + "\n", **kw)
    d.line(g.pick(["-{s}", "{s}, scheduling", "Outreach by {s}"]), s=[(g.name(None, g.pick(["fl", "f.l", "f"])), "PERSON")])
    return d, {"MRI": "MR", "DEXA": "XR"}.get(mod, mod)


def transfer_center(g: G):
    d = Doc()
    pt = g.person()
    mod = g.pick(["CTA", "CT", "MRI"])
    d.line(g.pick(["TRANSFER CENTER NOTE", "Transfer Center -- acceptance call", "xfer ctr note"]))
    d.line(g.pick([
        "{t} {d}: call from {send} ED ({ph}) requesting transfer of {pt}, {age}, for {why}.",
        "Incoming transfer request {d} at {t}. Sending: {send}. Pt {pt} ({age}). Reason: {why}.",
        "Received call on {d}, {t}, from {send} re {pt}; {age}; needs {why}. Callback {ph}.",
    ]), t=(g.time(), "DATE_TIME"), d=(g.date(), "DATE_TIME"), send=(g.facility(), "FACILITY"), ph=(g.phone(), "PHONE"),
        pt=g.pname(pt), age=g.age(), why=g.pick(["IR embolization", "neurosurgical eval", "ERCP after CT", "thrombectomy eval"]))
    opts = [
        ("Outside {mod} shows {f}.", dict(mod=(mod, "modality"), f=g.pick(["a 9 mm aneurysm", "active extravasation", "an occluded M1"]))),
        ("Images pushed from {ip} to our PACS; outside accession {acc}.", dict(ip=(g.ip(), "IP_ADDRESS"), acc=(g.acc(), "ACCESSION"))),
        ("Accepting physician {doc}; bed {bed} on 6 West.", dict(doc=g.doc_name(), bed=str(g.r.randint(601, 640)))),
        ("Family contact: wife {w}, {ph2}.", dict(w=g.pname(), ph2=(g.phone(), "PHONE"))),
        ("Home address per face sheet: {addr}.", dict(addr=g.address())),
        ("Known {ep}; prior fusion at {vl}.", dict(ep=(g.pick(EPONYMS), "eponym"), vl=(g.pick(VLEVELS), "vertebral_level"))),
        ("Insurance: {pl}.", dict(pl=(g.plan(), "HEALTH_PLAN_ID"))),
        ("ETA by air {eta}.", dict(eta=(g.time(), "DATE_TIME"))),
        ("Outside MRN {mrn}.", dict(mrn=(g.mrn(), "MRN"))),
    ]
    for tpl, kw in _some(g, opts, 4, 7):
        d.line(tpl, **kw)
    d.line(g.pick(["Logged by {s}", "{s}"]), s=g.staff(g.pick(["RN", "BSN, RN"])))
    return d, "CT" if mod != "MRI" else "MR"


def living_donor(g: G):
    d = Doc()
    donor, recip = g.person(), g.person()
    fac = g.facility()
    d.line("{fac}", fac=(fac, "FACILITY"))
    d.line("Living Donor Program  |  {a}", a=g.address())
    d.line("{d}", d=(g.date(g.pick(["long", "dlong", "abbr"])), "DATE_TIME"))
    d.line()
    d.line(g.pick(["Dear {n},", "{n}:", "Dear Mr./Ms. {n},"]), n=g.pname(donor, g.pick(["l", "fl"])))
    d.line(g.pick([
        "Thank you for completing the CT angiogram on {d} as part of your evaluation to donate a kidney to {r}.",
        "Your {mod} ({d}) for living kidney donation, intended recipient {r}, has been reviewed by our committee.",
    ]), d=(g.date(), "DATE_TIME"), r=g.pname(recip), mod=("CTA", "modality"))
    d.line("{h}", h=(g.pick(["FINDINGS", "Findings", "SUMMARY OF FINDINGS"]), "section_header"))
    finds = [
        ("Two renal arteries on the left; single on the right.", {}),
        ("Right kidney {m}; left kidney {m2}.", dict(m=(f"{g.r.randint(10, 12)}.{g.r.randint(0, 9)} cm", "measurement"), m2=(f"{g.r.randint(10, 12)}.{g.r.randint(0, 9)} cm", "measurement"))),
        ("A {b} cyst in the {an}; no follow-up needed.", dict(b=("Bosniak II", "score"), an=(g.pick(["left kidney upper pole", "right interpolar kidney"]), "anatomy"))),
        ("Incidental {ep}.", dict(ep=(g.pick(EPONYMS), "eponym"))),
    ]
    for tpl, kw in _some(g, finds, 2):
        d.line("- " + tpl, **kw)
    d.line(g.pick(["Please call your coordinator {c} at {ph} with questions.", "Questions? {c}, {ph}, or {em}."]),
           c=g.pname(), ph=(g.phone(), "PHONE"), em=(g.email(), "EMAIL"))
    if g.chance(0.7):
        d.line("Ref: donor MRN {m}; plan {p}; SSN on file ending {s}.", m=(g.mrn(), "MRN"), p=(g.plan(), "HEALTH_PLAN_ID"),
               s=(g.digits(4), "SSN"))
    d.line()
    d.line(g.pick(["Sincerely,", "Regards,"]))
    d.line("{s}", s=g.doc_name(g.person(), "fl", "MD"))
    return d, "CT"


def home_health(g: G):
    d = Doc()
    pt = g.person()
    d.line(g.pick(["HOME HEALTH SKILLED NURSING VISIT", "Home health visit note", "HH RN visit"]))
    d.line(g.pick(["Visit {d} {t}-{t2}", "Date of visit: {d}  Time in {t} out {t2}", "{d} / {t} to {t2}"]),
           d=(g.date(), "DATE_TIME"), t=(g.time("24"), "DATE_TIME"), t2=(g.time("24"), "DATE_TIME"))
    d.line(g.pick([
        "Pt {pt}, {age}, seen at home ({addr}) for wound and med check.",
        "Visited {pt} at {addr}. {age}, lives with son.",
        "SN visit to {pt} ({age}); address {addr}.",
    ]), pt=g.pname(pt), age=g.age(), addr=g.address())
    opts = [
        ("Reminded of outpatient {mod} on {d} at {fac}; son {son} will drive.", dict(mod=(g.pick(["US", "CT", "XR"]), "modality"), d=(g.date(g.pick(["md", "mdname", "mdot"])), "DATE_TIME"), fac=(g.facility(), "FACILITY"), son=g.pname())),
        ("Doppler last month: DVT in the {an}, {m} thrombus.", dict(an=(g.pick(["left popliteal vein", "right femoral vein", "basilic vein"]), "anatomy"), m=(f"{g.r.randint(2, 9)} cm", "measurement"))),
        ("Hx {ep}, stable.", dict(ep=(g.pick(EPONYMS), "eponym"))),
        ("Back pain from old compression fx {vl}.", dict(vl=(g.pick(VLEVELS), "vertebral_level"))),
        ("Agency case # {acct}; Medicare {pl}.", dict(acct=(g.account(), "ACCOUNT_ID"), pl=(g.plan(), "HEALTH_PLAN_ID"))),
        ("PCP {doc} updated by phone {ph}.", dict(doc=g.doc_name(), ph=(g.phone(), "PHONE"))),
        ("Glucometer serial {sn} replaced.", dict(sn=(g.serial(), "DEVICE_SERIAL"))),
    ]
    for tpl, kw in _some(g, opts, 3, 6):
        d.line(tpl, **kw)
    d.line(g.pick(["{s}", "Electronically signed {s}"]), s=g.staff(g.pick(["RN", "BSN, RN"])))
    return d, "US"


STYLES_B = {"peer_to_peer_summary": peer_to_peer, "no_show_outreach": no_show_outreach,
            "transfer_center_note": transfer_center, "living_donor_letter": living_donor, "home_health_visit": home_health}
