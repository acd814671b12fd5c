"""Structured styles 11-15 of blind48: 837P, 837I, 835, CMS-1500 dump, UB-04 dump."""

from __future__ import annotations

import datetime as _dt

from b48_billing import addon_for, CARC, EXAMS, ICD, POS, RARC, TAXONOMY, exam_by_key
from b48_gen import (ascii_upper, device_serial, digits, ein, facility, fmt_date, fmt_time, group, npi, patient,
                     person, phone_value, relative)
from b48_markup import acct, city, cred, dt, fac, mrn, per, plan, serial, ssn, street, tel, zipc
from b48_pools import CLEARINGHOUSES


def _later(rng, date, lo, hi):
    return date + _dt.timedelta(days=rng.randint(lo, hi))


def _x12name(p, middle=True):
    s = ascii_upper(p["last"]) + "*" + ascii_upper(p["first"])
    return per(s + ("*" + p["mi"] if middle else ""))


def _n3n4(a):
    return [f"N3*{street(ascii_upper(a['street']))}", f"N4*{city(ascii_upper(a['city']))}*{a['state']}*{zipc(a['zip4'])}"]


def _envelope(rng, segs, kind, version, fid, near):
    """Wrap transaction segments in ISA/GS/ST ... SE/GE/IEA and join; dated a few days after ``near``."""
    when = _later(rng, near, 1, 6)
    ctrl, gs = digits(rng, 9), str(rng.randint(1, 9999))
    snd, rcv = f"{rng.choice(['RAD', 'TCR', 'H'])}{digits(rng, 5)}", rng.choice(["330897513", "ZIRMED", "WAYSTAR", "CLAIMSNET"])
    head = [
        f"ISA*00*          *00*          *ZZ*{snd:<15}*ZZ*{rcv:<15}*{dt(fmt_date(when, 'yymmdd'))}*{dt(fmt_time(rng, 'hhmm'))}*^*00501*{ctrl}*0*P*:",
        f"GS*{fid}*{snd}*{rcv}*{dt(fmt_date(when, 'ccyymmdd'))}*{dt(fmt_time(rng, 'hhmm'))}*{gs}*X*{version}",
        f"ST*{kind}*0001*{version}",
    ]
    body = head[2:] + segs
    tail = [f"SE*{len(body) + 1}*0001", f"GE*1*{gs}", f"IEA*1*{ctrl}"]
    allsegs = head + segs + tail
    if rng.random() < 0.7:
        return "~\n".join(allsegs) + "~\n", when
    return "~".join(allsegs) + "~\n", when


def _bht(rng, when):
    return f"BHT*0019*00*{digits(rng, 6)}*{dt(fmt_date(when, 'ccyymmdd'))}*{dt(fmt_time(rng, 'hhmm'))}*CH"


def _icd(code):
    return code.replace(".", "")


def claim_837p_segment_dump(rng):
    pt = patient(rng)
    ex = pt["exam"]
    grp, fc = group(rng), facility(rng)
    gaddr = facility(rng)
    ref, rad = person(rng), person(rng)
    pos = rng.choice(POS[:3])
    global_bill = pos[0] == "11"
    dep = pt["age"] < 24 and rng.random() < 0.8
    sub = relative(rng, pt, rng.choice(["mother", "father"])) if dep else pt
    if dep:
        sub["dob"] = _dt.date(pt["dob"].year - rng.randint(22, 38), rng.randint(1, 12), rng.randint(1, 28))
    mods = "" if global_bill else ":26"
    if ex[7]:
        mods += ":" + rng.choice(["RT", "LT"])
    fee = round(ex[5] * (1.0 if global_bill else rng.uniform(0.12, 0.2)), 2)
    lines = [(ex[0] + mods, fee, 1)]
    if global_bill and addon_for(ex):
        a = addon_for(ex)
        lines.append((a[0], round(a[4] * a[6], 2), a[6]))
    total = sum(x[1] for x in lines)
    codes = ICD[ex[6]]
    ch = rng.choice(CLEARINGHOUSES)
    segs = [
        "BHT_PLACEHOLDER",
        f"NM1*41*2*{fac(ascii_upper(grp))}*****46*{digits(rng, 7)}",
        f"PER*IC*BILLING OFFICE*TE*{tel(phone_value(rng, 'raw'))}",
        f"NM1*40*2*{ascii_upper(ch)}*****46*{digits(rng, 9)}",
        "HL*1**20*1",
        f"PRV*BI*PXC*{rng.choice(TAXONOMY)}",
        f"NM1*85*2*{fac(ascii_upper(grp))}*****XX*{npi(rng)}",
        *_n3n4(gaddr),
        f"REF*EI*{digits(rng, 9)}",
        f"HL*2*1*22*{1 if dep else 0}",
        f"SBR*P*{'' if dep else '18'}*{plan(pt['group'])}******{'MB' if pt['payer'][2] == 'medicare' else 'CI'}",
        f"NM1*IL*1*{_x12name(sub)}***MI*{plan(pt['member'])}",
        *_n3n4(pt["addr"]),
        f"DMG*D8*{dt(fmt_date(sub['dob'], 'ccyymmdd'))}*{sub['sex']}",
    ]
    if not dep and rng.random() < 0.35:
        segs.append(f"REF*SY*{ssn(pt['ssn'].replace('-', ''))}")
    segs.append(f"NM1*PR*2*{ascii_upper(pt['payer'][0])}*****PI*{pt['payer'][1]}")
    if dep:
        segs += ["HL*3*2*23*0", "PAT*19", f"NM1*QC*1*{_x12name(pt, False)}", *_n3n4(pt["addr"]),
                 f"DMG*D8*{dt(fmt_date(pt['dob'], 'ccyymmdd'))}*{pt['sex']}"]
    segs += [
        f"CLM*{acct(pt['acct'])}*{total:.2f}***{pos[0]}:B:1*Y*A*Y*Y",
        f"REF*G1*{acct(pt['auth'])}" if rng.random() < 0.6 else f"REF*D9*{digits(rng, 12)}",
        "HI*" + "*".join(f"{'ABK' if j == 0 else 'ABF'}:{_icd(c)}" for j, (c, _) in enumerate(codes[:3])),
        f"NM1*DN*1*{_x12name(ref, rng.random() < 0.5)}****XX*{npi(rng)}",
        f"NM1*82*1*{_x12name(rad, rng.random() < 0.5)}****XX*{npi(rng)}",
        f"PRV*PE*PXC*{rng.choice(TAXONOMY)}",
        f"NM1*77*2*{fac(ascii_upper(fc['name']))}*****XX*{npi(rng)}",
        *_n3n4(fc),
    ]
    for j, (code, amt, units) in enumerate(lines, 1):
        segs += [f"LX*{j}", f"SV1*HC:{code}*{amt:.2f}*UN*{units}***1", f"DTP*472*D8*{dt(fmt_date(pt['dos'], 'ccyymmdd'))}"]
    text, when = _envelope(rng, segs, "837", "005010X222A1", "HC", pt["dos"])
    return text.replace("BHT_PLACEHOLDER", _bht(rng, when)), ex[2]


def claim_837i_segment_dump(rng):
    ex = rng.choice(EXAMS)
    pt = patient(rng, exam=ex)
    fc = facility(rng)
    att = person(rng)
    dep = pt["age"] < 22
    sub = relative(rng, pt, rng.choice(["mother", "father"])) if dep else pt
    if dep:
        sub["dob"] = _dt.date(pt["dob"].year - rng.randint(22, 38), rng.randint(1, 12), rng.randint(1, 28))
    dos = dt(fmt_date(pt["dos"], "ccyymmdd"))
    lines = [(ex[3], ex[0], ex[5], 1)]
    if addon_for(ex):
        a = addon_for(ex)
        lines.append((a[2], a[0], round(a[4] * a[6], 2), a[6]))
    total = sum(x[2] for x in lines)
    codes = ICD[ex[6]]
    segs = [
        "BHT_PLACEHOLDER",
        f"NM1*41*2*{fac(ascii_upper(fc['name']))}*****46*{digits(rng, 6)}",
        f"PER*IC*PATIENT ACCOUNTS*TE*{tel(phone_value(rng, 'raw'))}",
        f"NM1*40*2*{ascii_upper(rng.choice(CLEARINGHOUSES))}*****46*{digits(rng, 9)}",
        "HL*1**20*1", "PRV*BI*PXC*261QR0200X",
        f"NM1*85*2*{fac(ascii_upper(fc['name']))}*****XX*{npi(rng)}", *_n3n4(fc), f"REF*EI*{digits(rng, 9)}",
        f"HL*2*1*22*{1 if dep else 0}",
        f"SBR*P*{'' if dep else '18'}*{plan(pt['group'])}******{'MA' if pt['payer'][2] == 'medicare' else 'CI'}",
        f"NM1*IL*1*{_x12name(sub)}***MI*{plan(pt['member'])}", *_n3n4(pt["addr"]),
        f"DMG*D8*{dt(fmt_date(sub['dob'], 'ccyymmdd'))}*{sub['sex']}",
        f"NM1*PR*2*{ascii_upper(pt['payer'][0])}*****PI*{pt['payer'][1]}",
    ]
    if dep:
        segs += ["HL*3*2*23*0", "PAT*19", f"NM1*QC*1*{_x12name(pt, False)}", *_n3n4(pt["addr"]),
                 f"DMG*D8*{dt(fmt_date(pt['dob'], 'ccyymmdd'))}*{pt['sex']}"]
    freq = rng.choice(["1", "1", "7"])
    segs += [
        f"CLM*{acct(pt['acct'])}*{total:.2f}***13:A:{freq}**A*Y*Y",
        f"DTP*434*RD8*{dos}-{dos}",
        "CL1*3*1*01",
    ]
    if freq == "7":
        segs.append(f"REF*F8*{acct(pt['icn'])}")
    segs += [f"REF*G1*{acct(pt['auth'])}", f"REF*EA*{mrn(pt['mrn'])}"]
    if ex[6] == "port":
        segs.append(f"NTE*ADD*C1788 PORT SN {serial(device_serial(rng))} IMPLANTED RT CHEST")
    segs += [
        "HI*" + f"ABK:{_icd(codes[0][0])}",
        "HI*" + "*".join(f"ABF:{_icd(c)}" for c, _ in codes[1:3]) if len(codes) > 1 else f"HI*APR:{_icd(codes[0][0])}",
        f"NM1*71*1*{_x12name(att, False)}****XX*{npi(rng)}",
    ]
    for j, (rev, code, amt, units) in enumerate(lines, 1):
        segs += [f"LX*{j}", f"SV2*{rev}*HC:{code}*{amt:.2f}*UN*{units}", f"DTP*472*D8*{dos}"]
    text, when = _envelope(rng, segs, "837", "005010X223A2", "HC", pt["dos"])
    return text.replace("BHT_PLACEHOLDER", _bht(rng, when)), ex[2]


def era_835_remit_lines(rng):
    payee_hosp = rng.random() < 0.5
    payee = facility(rng)
    pname = payee["name"] if payee_hosp else group(rng)
    payer = None
    claims = []
    for _ in range(rng.randint(2, 4)):
        pt = patient(rng)
        payer = payer or pt["payer"]
        claims.append(pt)
    pay_date = max(c["dos"] for c in claims) + _dt.timedelta(days=rng.randint(14, 30))
    segs = []
    total = 0.0
    body = []
    for j, pt in enumerate(claims, 1):
        ex = pt["exam"]
        rad = person(rng)
        charge = ex[5] if payee_hosp else round(ex[5] * 0.15, 2)
        denied = rng.random() < 0.3
        allowed = 0.0 if denied else round(charge * rng.uniform(0.25, 0.6), 2)
        pr = 0.0 if denied else round(allowed * rng.choice([0.0, 0.2, 0.1]), 2)
        paid = round(allowed - pr, 2)
        total += paid
        status = "4" if denied else rng.choice(["1", "1", "2"])
        code = ex[0] if payee_hosp else ex[0] + ":26"
        body += [
            f"LX*{j}",
            f"CLP*{acct(pt['acct'])}*{status}*{charge:.2f}*{paid:.2f}*{pr:.2f}*{'MB' if payer[2] == 'medicare' else '12'}*{acct(pt['icn'])}*{'13' if payee_hosp else '11'}*1",
            f"NM1*QC*1*{_x12name(pt)}****MI*{plan(pt['member'])}",
        ]
        if not payee_hosp:
            body.append(f"NM1*82*1*{_x12name(rad, False)}****XX*{npi(rng)}")
        dos = dt(fmt_date(pt["dos"], "ccyymmdd"))
        body += [f"DTM*232*{dos}", f"DTM*233*{dos}"] if payee_hosp else [f"DTM*050*{dt(fmt_date(_later(rng, pt['dos'], 3, 9), 'ccyymmdd'))}"]
        svc = f"SVC*HC:{code}*{charge:.2f}*{paid:.2f}" + (f"*{ex[3]}" if payee_hosp else "") + "**1"
        body += [svc, f"DTM*472*{dos}"]
        if denied:
            g, c, _ = rng.choice(CARC[:9])
            body += [f"CAS*{g}*{c}*{charge:.2f}", f"LQ*HE*{rng.choice(RARC)}"]
        else:
            body.append(f"CAS*CO*45*{charge - allowed:.2f}")
            if pr:
                g, c, _ = rng.choice(CARC[-1:] + [("PR", "2", ""), ("PR", "1", ""), ("PR", "3", "")])
                body.append(f"CAS*PR*{c if g == 'PR' else '2'}*{pr:.2f}")
            body.append(f"AMT*B6*{allowed:.2f}")
    pd = dt(fmt_date(pay_date, "ccyymmdd"))
    segs += [
        f"BPR*I*{total:.2f}*C*ACH*CCP*01*{digits(rng, 9)}*DA*{digits(rng, 10)}*1{digits(rng, 9)}**01*{digits(rng, 9)}*DA*{digits(rng, 8)}*{pd}",
        f"TRN*1*{rng.choice(['', '88', '1T'])}{digits(rng, 10)}*1{digits(rng, 9)}",
        f"DTM*405*{pd}",
        f"N1*PR*{ascii_upper(payer[0])}", f"REF*2U*{payer[1]}",
        f"N1*PE*{fac(ascii_upper(pname))}*XX*{npi(rng)}", *_n3n4(payee), f"REF*TJ*{digits(rng, 9)}",
        *body,
    ]
    text, _ = _envelope(rng, segs, "835", "005010X221A1", "HP", pay_date - _dt.timedelta(days=3))
    return text, claims[0]["exam"][2]


def cms1500_box_dump(rng):
    pt = patient(rng)
    ex = pt["exam"]
    grp, fc, gaddr = group(rng), facility(rng), facility(rng)
    ref, rad = person(rng), person(rng)
    codes = ICD[ex[6]]
    pos = rng.choice(POS[:3])
    fee = round(ex[5] * (1.0 if pos[0] == "11" else 0.16), 2)
    modx = ("" if pos[0] == "11" else "26") + (" " + rng.choice(["RT", "LT"]) if ex[7] else "")
    signed_on = _later(rng, pt["dos"], 1, 5)
    rest = phone_value(rng, "paren")
    L = [
        f"CMS-1500 (02/12) FIELD DUMP   claim {acct(pt['acct'])}   printed {dt(fmt_date(signed_on, 'mdY'))} {dt(fmt_time(rng, 'hm'))}",
        f"[1]    PLAN TYPE ....................... {'MEDICARE' if pt['payer'][2] == 'medicare' else 'GROUP HEALTH PLAN'}",
        f"[1a]   INSURED'S I.D. NUMBER ........... {plan(pt['member'])}",
        f"[2]    PATIENT'S NAME .................. {per(ascii_upper(pt['last'] + ', ' + pt['first'] + ', ' + pt['mi']))}",
        f"[3]    PATIENT'S BIRTH DATE / SEX ...... {dt(fmt_date(pt['dob'], 'box'))}  {pt['sex']}",
        "[4]    INSURED'S NAME .................. SAME",
        f"[5]    PATIENT'S ADDRESS ............... {street(ascii_upper(pt['addr']['street']))}",
        f"       CITY {city(ascii_upper(pt['addr']['city']))}   STATE {pt['addr']['state']}   ZIP {zipc(pt['addr']['zip'])}   TEL {tel(rest)}",
        "[6]    PATIENT RELATIONSHIP TO INSURED . SELF",
        "[7]    INSURED'S ADDRESS ............... SAME",
        "[10]   CONDITION RELATED TO ............ EMPLOYMENT N  AUTO N  OTHER ACCIDENT N",
        f"[11]   INSURED'S POLICY GROUP .......... {plan(pt['group']) if pt['payer'][2] != 'medicare' else 'NONE'}",
        f"[11c]  INSURANCE PLAN NAME ............. {ascii_upper(pt['payer'][0])}",
        f"[12]   PATIENT SIGNATURE ............... SIGNATURE ON FILE   DATE {dt(fmt_date(pt['dos'], 'box2'))}",
        f"[17]   REFERRING PROVIDER .............. DN  {per(ascii_upper(ref['first'] + ' ' + ref['mi'] + ' ' + ref['last']))}",
        f"[17b]  NPI ............................. {npi(rng)}",
        "[21]   ICD IND 0   " + "   ".join(f"{'ABCD'[j]}. {_icd(c)}" for j, (c, _) in enumerate(codes[:4])),
        f"[23]   PRIOR AUTHORIZATION NUMBER ...... {acct(pt['auth']) if pt['payer'][2] != 'medicare' else ''}".rstrip(),
        "[24]   A:FROM     TO         B:POS  D:CPT/MOD      E:PTR  F:CHARGES   G:UNITS  J:RENDERING NPI",
        f"       {dt(fmt_date(pt['dos'], 'box2'))}  {dt(fmt_date(pt['dos'], 'box2'))}   {pos[0]}    {ex[0]} {modx:<8} A      {fee:>9.2f}   1        {npi(rng)}",
    ]
    if pos[0] == "11" and addon_for(ex):
        a = addon_for(ex)
        L.append(f"       {dt(fmt_date(pt['dos'], 'box2'))}  {dt(fmt_date(pt['dos'], 'box2'))}   {pos[0]}    {a[0]}          A      {a[4] * a[6]:>9.2f}   {a[6]:<8} ")
        fee += a[4] * a[6]
    L += [
        f"[25]   FEDERAL TAX I.D. NUMBER ......... {ein(rng)}  EIN",
        f"[26]   PATIENT'S ACCOUNT NO. ........... {acct(pt['acct'])}",
        f"[27]   ACCEPT ASSIGNMENT ............... YES      [28] TOTAL CHARGE ${fee:,.2f}   [29] AMOUNT PAID $0.00",
        f"[31]   SIGNATURE OF PHYSICIAN .......... {per(ascii_upper(rad['first'] + ' ' + rad['last']))} {cred('MD')}   {dt(fmt_date(signed_on, 'box2'))}",
        f"[32]   SERVICE FACILITY ................ {fac(ascii_upper(fc['name']))}",
        f"       {street(ascii_upper(fc['street']))}, {city(ascii_upper(fc['city']))} {fc['state']} {zipc(fc['zip4'])}   [32a] {npi(rng)}",
        f"[33]   BILLING PROVIDER ................ {fac(ascii_upper(grp))}   PH {tel(phone_value(rng, 'paren'))}",
        f"       {street(ascii_upper(gaddr['street']))}, {city(ascii_upper(gaddr['city']))} {gaddr['state']} {zipc(gaddr['zip'])}   [33a] {npi(rng)}",
    ]
    return "\n".join(L) + "\n", ex[2]


def ub04_form_locator_dump(rng):
    ex = rng.choice(EXAMS + [exam_by_key("port")] * 8)
    pt = patient(rng, exam=ex)
    fc, att = facility(rng), person(rng)
    freq = rng.choice(["1", "1", "7"])
    tob = "013" + freq
    dos = pt["dos"]
    lines = [(ex[3], ex[1], ex[0] + (rng.choice(["RT", "LT"]) if ex[7] else ""), ex[5], 1)]
    if addon_for(ex):
        a = addon_for(ex)
        lines.append((a[2], a[1], a[0], round(a[4] * a[6], 2), a[6]))
    total = sum(x[3] for x in lines)
    codes = ICD[ex[6]]
    L = [
        f"UB-04 FORM LOCATOR EXTRACT   TOB {tob}   {'CORRECTED CLAIM' if freq == '7' else 'ORIGINAL'}",
        f"FL01  {fac(ascii_upper(fc['name']))}",
        f"      {street(ascii_upper(fc['street']))}",
        f"      {city(ascii_upper(fc['city']))} {fc['state']} {zipc(fc['zip'])}   {tel(phone_value(rng, 'dash'))}",
        f"FL03a PAT CNTL #      {acct(pt['acct'])}",
        f"FL03b MED REC #       {mrn(pt['mrn'])}",
        f"FL05  FED TAX NO      {ein(rng)}",
        f"FL06  STMT PERIOD     FROM {dt(fmt_date(dos, 'mmddyy'))}  THROUGH {dt(fmt_date(dos, 'mmddyy'))}",
        f"FL08b PATIENT NAME    {per(ascii_upper(pt['last'] + ', ' + pt['first'] + ' ' + pt['mi']))}",
        f"FL09  PATIENT ADDR    a {street(ascii_upper(pt['addr']['street']))}  b {city(ascii_upper(pt['addr']['city']))}  c {pt['addr']['state']}  d {zipc(pt['addr']['zip4'])}",
        f"FL10  BIRTHDATE       {dt(fmt_date(pt['dob'], 'mmddccyy'))}    FL11 SEX {pt['sex']}",
        f"FL12  ADMISSION DATE  {dt(fmt_date(dos, 'mmddyy'))}    FL14 TYPE 3   FL15 SRC 1   FL17 STAT 01",
        f"FL31  OCCURRENCE      11  {dt(fmt_date(dos - _dt.timedelta(days=rng.randint(3, 60)), 'mmddyy'))}",
        "FL42  REV  FL43 DESCRIPTION                  FL44 HCPCS   FL45 SERV DT  FL46 UNITS  FL47 TOTAL",
    ]
    for rev, desc, code, amt, units in lines:
        L.append(f"      {rev}  {desc:<31} {code:<11} {dt(fmt_date(dos, 'mmddyy'))}        {units:<10} {amt:>10.2f}")
    L += [
        f"      0001  TOTAL CHARGES{'':>63}{total:>10.2f}",
        f"FL50  PAYER A         {ascii_upper(pt['payer'][0])}      FL51 HEALTH PLAN ID {pt['payer'][1]}",
        f"FL56  NPI             {npi(rng)}",
        f"FL58  INSURED NAME    {per(ascii_upper(pt['last'] + ', ' + pt['first']))}     FL59 P REL 18",
        f"FL60  INSURED ID      {plan(pt['member'])}",
        f"FL62  GROUP NO        {plan(pt['group'])}",
        f"FL63  TREATMENT AUTH  {acct(pt['auth'])}",
    ]
    if freq == "7":
        L.append(f"FL64  DOC CONTROL NO  {acct(pt['icn'])}")
    L += [
        f"FL67  PRIN DX         {_icd(codes[0][0])}   FL67A-Q " + " ".join(_icd(c) for c, _ in codes[1:]),
        f"FL70  PT REASON DX    {_icd(codes[-1][0])}",
        f"FL76  ATTENDING       NPI {npi(rng)}   LAST {per(ascii_upper(att['last']))}   FIRST {per(ascii_upper(att['first']))}",
    ]
    if ex[6] == "port":
        L.append(f"FL80  REMARKS         C1788 PORT SN {serial(device_serial(rng))} LOT {digits(rng, 6)}")
    elif freq == "7":
        L.append(f"FL80  REMARKS         CORRECTED CLAIM - {rng.choice(['LATERALITY CORRECTED', 'HCPCS CORRECTED', 'UNITS CORRECTED'])}")
    L.append("FL81  CC              B3  261QR0200X")
    return "\n".join(L) + "\n", ex[2]


STYLES = {
    "claim_837p_segment_dump": claim_837p_segment_dump,
    "claim_837i_segment_dump": claim_837i_segment_dump,
    "era_835_remit_lines": era_835_remit_lines,
    "cms1500_box_dump": cms1500_box_dump,
    "ub04_form_locator_dump": ub04_form_locator_dump,
}
