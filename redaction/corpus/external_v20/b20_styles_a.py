"""Styles A: machine formats — C-CDA XML, iCalendar, vCard, X12 EDI, SQL dump."""

from __future__ import annotations

import datetime

import b20_clin as C
import b20_pools as pools
import b20_phi as P
from b20_ctx import Ctx
from b20_doc import Doc, m


def _given_parts(p):
    parts = p.given.split()
    if p.middle and len(p.middle) > 1:
        parts += p.middle.split()
    return parts


def ccda_xml(rng):
    c, d = Ctx(rng), Doc()
    mod, title, finds, imps = C.exam(rng)
    ind = "  " if c.chance(0.7) else "\t"
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', '<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc">',
             f'{ind}<templateId root="2.16.840.1.113883.10.20.22.1.6" extension="2015-08-01"/>',
             f'{ind}<id root="2.16.840.1.113883.19.4.{rng.randint(10, 99)}" extension="{m("ACCESSION", c.acc)}"/>',
             f'{ind}<code code="18748-4" codeSystem="2.16.840.1.113883.6.1" displayName="Diagnostic imaging study"/>',
             f'{ind}<title>{title}</title>']
    t = P.rand_time(rng, 7, 20)
    tz = c.pick("-0500", "-0600", "-0700", "-0800", "")
    lines.append(f'{ind}<effectiveTime value="{P.D(c.date, "compact")}{P.T(t, "hhmmss")}{tz}"/>')
    lines.append(f'{ind}<recordTarget>')
    lines.append(f'{ind*2}<patientRole>')
    lines.append(f'{ind*3}<id root="2.16.840.1.113883.19.5.99999.2" extension="{m("MRN", c.mrn)}"/>')
    if c.chance(0.35):
        lines.append(f'{ind*3}<id root="2.16.840.1.113883.4.1" extension="{m("SSN", P.ssn(rng))}"/>')
    addr = [f'{ind*3}<addr use="HP">', f'{ind*4}<streetAddressLine>{m("STREET_ADDRESS", c.street)}</streetAddressLine>']
    if c.unit:
        addr.append(f'{ind*4}<streetAddressLine>{m("STREET_ADDRESS", c.unit)}</streetAddressLine>')
    addr += [f'{ind*4}<city>{m("CITY", c.city)}</city>', f'{ind*4}<state>{c.state}</state>',
             f'{ind*4}<postalCode>{m("ZIP", c.zip)}</postalCode>', f'{ind*4}<country>US</country>', f'{ind*3}</addr>']
    tel = [f'{ind*3}<telecom value="tel:{m("PHONE", c.phone.replace(" ", "-"))}" use="{c.pick("HP", "MC")}"/>']
    if c.chance(0.5):
        tel.append(f'{ind*3}<telecom value="mailto:{m("EMAIL", P.email(rng, c.pt))}"/>')
    lines += (addr + tel) if c.chance(0.6) else (tel + addr)
    lines.append(f'{ind*3}<patient>')
    nm = [f'{ind*4}<name use="L">'] + [f'{ind*5}<given>{m("PERSON", g)}</given>' for g in _given_parts(c.pt)]
    nm.append(f'{ind*5}<family>{m("PERSON", c.pt.family)}</family>')
    if c.pt.nickname:
        nm += [f'{ind*4}</name>', f'{ind*4}<name use="P">', f'{ind*5}<given>{m("PERSON", c.pt.nickname)}</given>']
    nm.append(f'{ind*4}</name>')
    lines += nm
    lines.append(f'{ind*4}<administrativeGenderCode code="{c.sex}" codeSystem="2.16.840.1.113883.5.1"/>')
    lines.append(f'{ind*4}<birthTime value="{P.D(c.dob, "compact")}"/>')
    if c.chance(0.4):
        g = c.other(relative=True)
        lines += [f'{ind*4}<guardian>', f'{ind*5}<code code="{c.pick("DAU", "SON", "SPS", "NIECE")}"/>',
                  f'{ind*5}<telecom value="tel:{m("PHONE", P.phone(rng).replace(" ", "-"))}"/>',
                  f'{ind*5}<guardianPerson><name><given>{m("PERSON", g.given)}</given><family>{m("PERSON", g.family)}</family></name></guardianPerson>',
                  f'{ind*4}</guardian>']
    lines += [f'{ind*3}</patient>', f'{ind*2}</patientRole>', f'{ind}</recordTarget>']
    a_t = P.rand_time(rng, 7, 23)
    lines += [f'{ind}<author>', f'{ind*2}<time value="{P.D(c.date, "compact")}{P.T(a_t, "hhmm")}"/>',
              f'{ind*2}<assignedAuthor>', f'{ind*3}<assignedPerson><name><prefix>Dr.</prefix><given>{m("PERSON", c.rad.given)}</given>'
              f'<family>{m("PERSON", c.rad.family)}</family><suffix>{m("credential", c.rad.credential.split(", ")[0])}</suffix></name></assignedPerson>',
              f'{ind*2}</assignedAuthor>', f'{ind}</author>',
              f'{ind}<custodian><assignedCustodian><representedCustodianOrganization>',
              f'{ind*2}<name>{m("FACILITY", c.fac)}</name>',
              f'{ind}</representedCustodianOrganization></assignedCustodian></custodian>']
    if c.chance(0.5):
        lines += [f'{ind}<participant typeCode="REF"><associatedEntity classCode="PROV"><associatedPerson><name>'
                  f'{m("PERSON", P.name_str(c.ref, "first_last"))}</name></associatedPerson></associatedEntity></participant>']
    lines += [f'{ind}<component><structuredBody>']
    hist = f'{P.age_md(c.age, c.pick("yo_hyphen", "years", "yo"))} {c.pick("female", "male", "patient")} with {c.pick("pain", "abnormal prior study", "follow-up of known finding", "weight loss")}.'
    lines.append(f'{ind*2}<component><section><title>{C.header(rng, "history")}</title><text>{hist}</text></section></component>')
    if c.chance(0.6):
        prior = c.earlier(60, 900)
        lines.append(f'{ind*2}<component><section><title>{C.header(rng, "comparison")}</title><text>{C.modality_word(rng, mod)} {P.D(prior, c.pick("mdy", "iso", "long"))}</text></section></component>')
    if c.chance(0.5):
        items = "".join(f"<item>{f}</item>" for f in finds)
        body = f"<list>{items}</list>"
    else:
        body = "".join(f"<paragraph>{f}</paragraph>" for f in finds)
    lines.append(f'{ind*2}<component><section><code code="59776-5"/><title>{C.header(rng, "findings")}</title><text>{body}</text></section></component>')
    lines.append(f'{ind*2}<component><section><code code="19005-8"/><title>{C.header(rng, "impression")}</title><text>{" ".join(imps)}</text></section></component>')
    lines += [f'{ind}</structuredBody></component>', '</ClinicalDocument>']
    d.md("\n".join(lines) + "\n")
    return d, mod


def ics_calendar(rng):
    c, d = Ctx(rng), Doc()
    mod, title, _, _ = C.exam(rng)
    nl = "\r\n" if c.chance(0.3) else "\n"
    out = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//{m('FACILITY', c.fac)}//{c.pick('Cadence', 'RIS Scheduler 7', 'MyChart')}//EN",
           "CALSCALE:GREGORIAN", "METHOD:" + c.pick("PUBLISH", "REQUEST")]
    if c.chance(0.6):
        out.append(f"X-WR-CALNAME:{c.pick('Appointments for', 'Imaging visits -')} {P.N(c.pt, c.pick('first_last', 'native', 'first_LAST'))}")
    n_ev = c.pick(1, 1, 2, 3)
    day = c.date
    for k in range(n_ev):
        t = P.rand_time(rng, 7, 18)
        t2 = (datetime.datetime.combine(day, t) + datetime.timedelta(minutes=c.pick(15, 30, 45, 60, 90))).time()
        stamp = c.earlier(1, 20)
        acc = c.acc if k == 0 else P.accession(rng, day)
        ev = ["BEGIN:VEVENT", f"UID:{m('ACCESSION', acc)}", f"DTSTAMP:{P.D(stamp, 'compact')}T{P.T(P.rand_time(rng), 'hhmmss')}Z"]
        tz = c.pick(";TZID=America/Chicago", ";TZID=America/Los_Angeles", ";TZID=America/New_York", "")
        ev.append(f"DTSTART{tz}:{P.D(day, 'compact')}T{P.T(t, 'hhmmss')}")
        ev.append(f"DTEND{tz}:{P.D(day, 'compact')}T{P.T(t2, 'hhmmss')}")
        exam_name = title if k == 0 else c.pick("Follow-up visit", "Ultrasound-guided biopsy", "Results review", "Contrast lab draw")
        ev.append(f"SUMMARY:{exam_name}{c.pick(' - ', ' for ', ': ')}{P.N(c.pt, c.pick('LAST_FIRST', 'first_last', 'init_last'))}")
        ev.append(f"LOCATION:{m('FACILITY', c.fac)}\\, {m('STREET_ADDRESS', _fac_street(rng))}\\, {m('CITY', c.city)}\\, {c.state} {m('ZIP', c.zip)}")
        desc = [f"Patient: {P.N(c.pt, c.nf)}", f"{c.pick('MRN', 'Med Rec #', 'CSN')}: {m('MRN', c.mrn)}"]
        if c.chance(0.6):
            desc.append(f"DOB {P.D(c.dob, c.pick('mdy', 'iso', 'abbr'))}")
        if c.chance(0.5):
            desc.append(f"Call {m('PHONE', P.phone(rng))} to reschedule")
        desc.append(c.pick("Nothing to eat 4 hours prior", "Arrive 30 minutes early", "Bring prior CDs",
                           "Remove all metal; wear comfortable clothes", "Drink 32 oz water 1 hour before"))
        if c.chance(0.5):
            desc.append(f"Ordered by {P.NC(c.ref, 'first_last', title=c.chance(0.4))}")
        ev.append("DESCRIPTION:" + "\\n".join(desc))
        ev.append(f"ORGANIZER;CN={P.N(c.tech, 'first_last')}:mailto:{m('EMAIL', P.email(rng, c.tech))}")
        if c.chance(0.6):
            ev.append(f'ATTENDEE;CN="{P.N(c.pt, "first_last")}";ROLE=REQ-PARTICIPANT;PARTSTAT={c.pick("NEEDS-ACTION", "ACCEPTED")}:mailto:{m("EMAIL", P.email(rng, c.pt))}')
        if c.chance(0.4):
            ev.append(f"URL:{m('URL', 'https://portal.example.org/appt/checkin?acc=' + acc)}")
        ev += ["STATUS:CONFIRMED", "BEGIN:VALARM", f"TRIGGER:-PT{c.pick('24H', '2H', '48H')}", "ACTION:DISPLAY",
               "DESCRIPTION:Reminder", "END:VALARM", "END:VEVENT"]
        out += ev
        day = c.later(1, 21)
    out.append("END:VCALENDAR")
    d.md(nl.join(out) + nl)
    return d, mod


def _fac_street(rng):
    return pools.street(rng, 0)[0]


def vcard_contacts(rng):
    c, d = Ctx(rng), Doc()
    mod, title, _, _ = C.exam(rng)
    ver = c.pick("3.0", "4.0")
    people = [("pt", c.pt), ("ref", c.ref), ("rad", c.rad)]
    if c.chance(0.7):
        people.insert(1, ("rel", c.other(relative=True)))
    if c.chance(0.5):
        people.append(("nav", c.other(md=False)))
    rng.shuffle(people)
    d.line(c.pick("# Care team contacts exported for ", "// vcf export - imaging coordination - ",
                  "Contacts attached re: ") + f"{C.modality_word(rng, mod)} {title.lower()}")
    for role, p in people:
        card = ["BEGIN:VCARD", f"VERSION:{ver}"]
        gparts = [m("PERSON", g) for g in p.given.split()]
        mid = m("PERSON", p.middle) if p.middle and len(p.middle) > 1 else ""
        card.append(f"N:{m('PERSON', p.family)};{' '.join(gparts)};{mid};{c.pick('', 'Dr.') if role in ('ref', 'rad') else ''};")
        fn = P.name_str(p, c.pick("first_last", "first_mi_last", "native"))
        card.append(f"FN:{m('PERSON', fn)}" + (cred_plain(p) if role in ("ref", "rad", "nav") else ""))
        if p.nickname and c.chance(0.7):
            card.append(f"NICKNAME:{m('PERSON', p.nickname)}")
        if role in ("ref", "rad", "nav"):
            card.append(f"ORG:{m('FACILITY', c.fac if role != 'ref' else _other_fac(rng, c))};{c.pick('Radiology', 'Diagnostic Imaging', 'Primary Care', 'Cancer Center')}")
            card.append(f"TITLE:{ {'ref': 'Referring physician', 'rad': 'Radiologist', 'nav': 'Nurse navigator'}[role]}")
        if role == "rel":
            card.append(f"RELATED;TYPE={c.pick('child', 'spouse', 'sibling')}:{P.N(c.pt, 'first_last')}" if ver == "4.0"
                        else f"NOTE:{c.pick('Daughter', 'Spouse', 'Son', 'Health care proxy')} of {P.N(c.pt, 'first_last')}")
        tel_t = "TYPE=cell" if ver == "4.0" else c.pick("TYPE=CELL", "TYPE=HOME,VOICE", "TYPE=WORK")
        card.append(f"TEL;{tel_t}:{m('PHONE', P.phone(rng))}")
        if c.chance(0.7):
            card.append(f"EMAIL;TYPE=INTERNET:{m('EMAIL', P.email(rng, p))}")
        if role == "pt":
            card.append(f"ADR;TYPE=HOME:;{m('STREET_ADDRESS', c.unit) if c.unit else ''};{m('STREET_ADDRESS', c.street)};{m('CITY', c.city)};{c.state};{m('ZIP', c.zip)};USA")
            card.append(f"BDAY:{P.D(c.dob, c.pick('iso', 'compact'))}")
            card.append(f"NOTE:{c.pick('MRN', 'MR#', 'Chart')} {m('MRN', c.mrn)}\\; {c.pick('pending', 'scheduled', 'completed')} {C.modality_word(rng, mod)} acc {m('ACCESSION', c.acc)}")
        if role == "rad" and c.chance(0.5):
            card.append(f"URL:{m('URL', 'https://directory.example.org/provider/' + p.family.lower().replace(' ', '-').replace(chr(39), ''))}")
        card.append(f"REV:{P.D(c.earlier(0, 40), 'compact')}T{P.T(P.rand_time(rng), 'hhmmss')}Z")
        card.append("END:VCARD")
        d.md("\n".join(card) + "\n")
    return d, mod


def cred_plain(p):
    return P.cred(p) if p.credential else ""


def _other_fac(rng, c):
    return pools.facility(rng)


def x12_edi(rng):
    c, d = Ctx(rng), Doc()
    mod, title, _, _ = C.exam(rng)
    cpt = {"MR": "73721", "CT": "74177", "US": "76536", "XR": "73630", "MG": "77066"}[mod]
    sep = c.pick("~\n", "~\n", "~")
    kind = c.pick("837", "835")
    sub = c.date + datetime.timedelta(days=rng.randint(2, 20))
    t = P.rand_time(rng, 0, 23)
    icn = P.digits(rng, 9)
    seg = [f"ISA*00*          *00*          *ZZ*{c.pick('RADGRP01', 'IMGBILL', 'CLRHSE9')}       *ZZ*{c.pick('PAYERX', '87726', 'CMSDME')}         *"
           f"{m('DATE_TIME', P.fmt_date(sub, 'compact')[2:])}*{P.T(t, 'hhmm')}*^*00501*{icn}*0*P*:"]
    seg.append(f"GS*{'HC' if kind == '837' else 'HP'}*SENDER*RECEIVER*{P.D(sub, 'compact')}*{P.T(t, 'hhmm')}*{icn[-4:]}*X*005010X22{'2A1' if kind == '837' else '1A1'}")
    seg.append(f"ST*{kind}*0001*005010X22{'2A1' if kind == '837' else '1A1'}")
    pt_name = P.N(c.pt, "x12")
    bill_st, _ = pools.street(rng, 0)
    bcity, bst, bzip = pools.city(rng)
    if kind == "837":
        seg.append(f"BHT*0019*00*{P.digits(rng, 6)}*{P.D(sub, 'compact')}*{P.T(t, 'hhmm')}*CH")
        seg.append(f"NM1*41*2*{m('FACILITY', c.fac.upper())}*****46*{P.letters(rng, 3)}{P.digits(rng, 2)}")
        seg.append(f"PER*IC*{c.pick('BILLING OFFICE', 'PATIENT ACCOUNTS', P.N(c.other(md=False), 'UPPER'))}*TE*{m('PHONE', P.phone(rng).replace('(', '').replace(') ', '').replace('-', '').replace('.', '').replace('+1 ', '').replace(' ', ''))}")
        seg.append("HL*1**20*1")
        seg.append(f"NM1*85*2*{m('FACILITY', c.fac.upper())}")
        seg.append(f"N3*{m('STREET_ADDRESS', bill_st.upper())}")
        seg.append(f"N4*{m('CITY', bcity.upper())}*{bst}*{m('ZIP', bzip + P.digits(rng, 4) if c.chance(0.5) else bzip)}")
        seg.append("HL*2*1*22*0")
        seg.append(f"SBR*P*18*{c.pick('GRP', '')}******{c.pick('CI', 'MB', 'MC', 'HM')}")
        seg.append(f"NM1*IL*1*{pt_name}***MI*{m('HEALTH_PLAN_ID', c.plan)}")
        seg.append(f"N3*{m('STREET_ADDRESS', c.street.upper())}" + (f"*{m('STREET_ADDRESS', c.unit.upper())}" if c.unit else ""))
        seg.append(f"N4*{m('CITY', c.city.upper())}*{c.state}*{m('ZIP', c.zip)}")
        seg.append(f"DMG*D8*{P.D(c.dob, 'compact')}*{c.sex}")
        seg.append(f"NM1*PR*2*{c.payer.upper()}*****PI*{c.pick('60054', 'SX107', '87726', '00430')}")
        amt = rng.randint(180, 3200)
        seg.append(f"CLM*{m('ACCOUNT_ID', c.acct)}*{amt}***{c.pick('11', '22', '19')}:B:1*Y*A*Y*Y")
        if c.chance(0.5):
            seg.append(f"DTP*431*D8*{P.D(c.earlier(3, 90), 'compact')}")
        seg.append(f"REF*X4*{c.pick('05D0', '45D0')}{P.digits(rng, 6)}")
        seg.append(f"HI*ABK:{c.pick('M17.11', 'R10.31', 'R91.1', 'M54.16', 'E11.621', 'N63.20')}")
        if c.chance(0.7):
            seg.append(f"NM1*DN*1*{P.N(c.ref, 'x12')}")
        seg.append(f"NM1*82*1*{P.N(c.rad, 'x12')}")
        seg.append("LX*1")
        seg.append(f"SV1*HC:{cpt}:26*{amt}*UN*1***1")
        seg.append(f"DTP*472*D8*{P.D(c.date, 'compact')}")
        seg.append(f"REF*6R*{m('ACCESSION', c.acc)}")
    else:
        seg.append(f"BPR*I*{rng.randint(40, 900)}.{rng.randint(0, 99):02d}*C*ACH*CCP*01*{P.digits(rng, 9)}*DA*{P.digits(rng, 8)}*{P.digits(rng, 10)}**01*{P.digits(rng, 9)}*DA*{P.digits(rng, 8)}*{P.D(sub, 'compact')}")
        seg.append(f"TRN*1*{P.digits(rng, 10)}*1{P.digits(rng, 9)}")
        seg.append(f"DTM*405*{P.D(sub, 'compact')}")
        seg.append(f"N1*PR*{c.payer.upper()}")
        seg.append(f"N1*PE*{m('FACILITY', c.fac.upper())}*XX*")
        seg.append(f"N3*{m('STREET_ADDRESS', bill_st.upper())}")
        seg.append(f"N4*{m('CITY', bcity.upper())}*{bst}*{m('ZIP', bzip)}")
        seg.append("LX*1")
        amt = rng.randint(180, 3200)
        paid = round(amt * rng.uniform(0.2, 0.8), 2)
        seg.append(f"CLP*{m('ACCOUNT_ID', c.acct)}*{c.pick('1', '2', '4', '22')}*{amt}*{paid}*{round(amt * 0.1, 2)}*{c.pick('MB', 'CI', 'HM')}*{P.digits(rng, 13)}*11*1")
        seg.append(f"NM1*QC*1*{pt_name}****MI*{m('HEALTH_PLAN_ID', c.plan)}")
        if c.chance(0.5):
            seg.append(f"NM1*82*1*{P.N(c.rad, 'x12')}")
        seg.append(f"DTM*232*{P.D(c.date, 'compact')}")
        seg.append(f"DTM*233*{P.D(c.date, 'compact')}")
        seg.append(f"SVC*HC:{cpt}:26*{amt}*{paid}**1")
        seg.append(f"DTM*472*{P.D(c.date, 'compact')}")
        seg.append(f"CAS*CO*45*{round(amt - paid, 2)}")
        seg.append(f"REF*6R*{m('ACCESSION', c.acc)}")
        if c.chance(0.5):
            seg.append(f"LQ*HE*{c.pick('N130', 'M15', 'N59')}")
    seg.append(f"SE*{len(seg)}*0001")
    seg += [f"GE*1*{icn[-4:]}", f"IEA*1*{icn}"]
    if c.chance(0.4):
        d.line(c.pick("Raw 837 from clearinghouse, can you tell me why this rejected?",
                      f"Pasted {kind} segment dump, please explain the adjustments in plain English:",
                      f"{kind} file {c.pick('excerpt', 'contents')} for claim review"))
    d.md(sep.join(seg) + "~\n")
    return d, mod


def _sq(v: str) -> str:
    return v.replace("'", "''")


def sql_insert(rng):
    c, d = Ctx(rng), Doc()
    mod, title, finds, imps = C.exam(rng)
    q = c.pick("`", '"', "")
    dialect = "mysql" if q == "`" else "pg"
    host = P.ip(rng)
    if dialect == "mysql":
        d.md(f"-- MySQL dump 10.13  Distrib 8.0.{rng.randint(20, 39)}, for Linux (x86_64)\n--\n-- Host: {m('IP_ADDRESS', host)}    Database: {c.pick('ris_prod', 'radrpt', 'imaging_mart')}\n"
             f"-- Dump completed on {P.D(c.later(0, 5), 'iso')} {P.T(P.rand_time(rng), 'hms')}\n\n")
    else:
        d.md(f"-- PostgreSQL database dump\n-- pg_dump -h {m('IP_ADDRESS', host)} -U etl_reader -t {c.pick('ris.patient', 'public.exam')}\n"
             f"SET client_encoding = 'UTF8';\n\n")

    def ident(x):
        return f"{q}{x}{q}"
    pcols = [("mrn", m("MRN", c.mrn)), ("last_name", m("PERSON", _sq(c.pt.family))),
             ("first_name", m("PERSON", _sq(c.pt.given))), ("birth_date", P.D(c.dob, "iso")), ("sex", c.sex)]
    if c.chance(0.5):
        pcols.append(("ssn", m("SSN", P.ssn(rng))))
    if c.chance(0.8):
        pcols.append(("home_phone", m("PHONE", c.phone)))
    if c.chance(0.5):
        pcols.append(("email", m("EMAIL", P.email(rng, c.pt))))
    if c.chance(0.7):
        pcols += [("addr1", m("STREET_ADDRESS", c.street)), ("city", m("CITY", c.city)), ("state", c.state),
                  ("zip", m("ZIP", c.zip))]
    if c.chance(0.4):
        pcols.append(("member_id", m("HEALTH_PLAN_ID", c.plan)))
    head = pcols[:1]
    rest = pcols[1:]
    rng.shuffle(rest)
    pcols = head + rest
    tbl = c.pick("patient", "pt_demographics", "ris_patient")
    d.md(f"INSERT INTO {ident(tbl)} ({', '.join(ident(k) for k, _ in pcols)}) VALUES ("
         + ", ".join(f"'{v}'" for _, v in pcols) + ");\n")
    # orders: one or more rows
    n = c.pick(1, 2, 3)
    rows = []
    for k in range(n):
        acc = c.acc if k == 0 else P.accession(rng, c.date)
        dd = c.date if k == 0 else c.earlier(20, 700)
        t = P.rand_time(rng, 6, 22)
        status = c.pick("F", "C", "P") if k == 0 else "F"
        doc_ = c.ref if c.chance(0.7) else c.other(md=True)
        rows.append(f"('{m('ACCESSION', acc)}', '{m('MRN', c.mrn)}', '{c.pick('CT', 'MR', 'US', 'DX')}', "
                    f"'{P.D(dd, 'iso')} {P.T(t, 'hms')}', '{m('PERSON', _sq(P.name_str(doc_, c.pick('LAST_FIRST', 'Last_First'))))}', '{status}', {'NULL' if c.chance(0.5) else repr(c.pick('STAT', 'ROUTINE', 'ASAP'))})")
    d.md(f"INSERT INTO {ident('exam_order')} ({', '.join(ident(x) for x in ['accession_no', 'mrn', 'modality', 'exam_dttm', 'ordering_md', 'status', 'priority'])}) VALUES\n  "
         + ",\n  ".join(rows) + ";\n")
    body = f"{C.header(rng, 'findings')}: " + " ".join(finds) + f" {C.header(rng, 'impression')}: " + " ".join(imps)
    body = body.replace("'", "''")
    signed = P.rand_time(rng, 7, 23)
    d.md(f"INSERT INTO {ident('report')} ({ident('accession_no')}, {ident('signed_by')}, {ident('signed_at')}, {ident('report_text')}) VALUES "
         f"('{m('ACCESSION', c.acc)}', '{m('PERSON', _sq(P.name_str(c.rad, 'first_last')))}', '{P.D(c.date, 'iso')} {P.T(signed, 'hms')}', '{body}');\n")
    if c.chance(0.5):
        d.md(f"INSERT INTO {ident('audit')} VALUES ({rng.randint(10000, 99999)}, '{m('PERSON', _sq(P.name_str(c.tech, 'Last_First')))}', 'VIEW', '{m('IP_ADDRESS', P.ip(rng))}', '{P.D(c.later(0, 3), 'iso')} {P.T(P.rand_time(rng), 'hms')}');\n")
    return d, mod


STYLES = [("ccda_xml", ccda_xml), ("ics_calendar", ics_calendar), ("vcard_contacts", vcard_contacts),
          ("x12_edi", x12_edi), ("sql_insert", sql_insert)]
