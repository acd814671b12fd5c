"""Styles B: YAML export, key=value app logs, wiki rad-path tables, fixed-width records, PDF-to-text."""

from __future__ import annotations

import datetime

import b20_clin as C
import b20_phi as P
import b20_pools as pools
from b20_ctx import Ctx
from b20_doc import Doc, m, plain, wrap


def yaml_export(rng):
    c, d = Ctx(rng), Doc()
    mod, title, finds, imps = C.exam(rng)
    q = c.pick("", '"', "'")
    d.line(c.pick("# exported by worklist-sync v2.3 -- do not edit by hand", "---", "# study.yaml (autogen)"))
    blocks = []
    pt = [f"  name: {q}{P.N(c.pt, c.pick('LAST_FIRST', 'first_last', 'hl7', 'native'))}{q}",
          f"  mrn: {q}{m('MRN', c.mrn)}{q}",
          f"  {c.pick('dob', 'birth_date', 'birthDate')}: {P.D(c.dob, c.pick('iso', 'iso', 'mdy'))}",
          f"  sex: {c.sex}"]
    if c.chance(0.5):
        pt.append(f"  age: {P.age_md(c.age, 'bare') if c.chance(0.5) else P.age_md(c.age, 'Y')}")
    if c.chance(0.6):
        pt += ["  address:", f"    line1: {m('STREET_ADDRESS', c.street)}"]
        if c.unit:
            pt.append(f"    line2: {m('STREET_ADDRESS', c.unit)}")
        pt += [f"    city: {m('CITY', c.city)}", f"    state: {c.state}", f"    zip: {q}{m('ZIP', c.zip)}{q}"]
    if c.chance(0.6):
        pt.append(f"  phone: {q or chr(34)}{m('PHONE', c.phone)}{q or chr(34)}")
    if c.chance(0.4):
        pt += ["  coverage:", f"    payer: {c.payer}", f"    member_id: {m('HEALTH_PLAN_ID', c.plan)}"]
    if c.chance(0.4):
        k = c.other(relative=True)
        pt += ["  emergency_contact:", f"    name: {P.N(k, 'first_last')}",
               f"    relation: {c.pick('daughter', 'spouse', 'son', 'neighbor', 'niece')}", f"    phone: {m('PHONE', P.phone(rng))}"]
    blocks.append(["patient:"] + pt)
    t = P.rand_time(rng, 6, 22)
    st = ["study:", f"  accession: {q}{m('ACCESSION', c.acc)}{q}", f"  modality: {C.modality_word(rng, mod)}",
          f"  description: {title}", f"  performed: {q}{P.D(c.date, 'iso')}T{P.T(t, 'hms')}{q}",
          f"  location: {m('FACILITY', c.fac)}", f"  encounter: {m('ACCOUNT_ID', c.acct)}"]
    if c.chance(0.5):
        st.append(f"  station: {c.pick('CT2', 'MRI-WEST', 'US04')}  # {m('IP_ADDRESS', P.ip(rng))}")
    blocks.append(st)
    ppl = ["people:", f"  ordering: {P.N(c.ref, c.pick('first_last', 'Last_First'))}",
           f"  reading: {P.NC(c.rad, 'first_last')}", f"  technologist: {P.N(c.tech, c.pick('init_last', 'first_last'))}"]
    if c.chance(0.4):
        ppl.append(f"  cc: [{P.N(c.other(md=True), 'first_last')}, {m('EMAIL', P.email(rng, c.ref))}]")
    blocks.append(ppl)
    rep = ["report:", f"  status: {c.pick('final', 'prelim', 'addended')}", "  findings: |"]
    rep += [f"    - {f}" for f in finds]
    rep += ["  impression: >-", "    " + " ".join(imps)]
    if c.chance(0.6):
        rep.append(f"  signed: {P.D(c.date, c.pick('iso', 'mdy'))} {P.T(P.rand_time(rng, t.hour, 23), c.pick('hm24', 'hm12'))}")
    blocks.append(rep)
    first, rest = blocks[0], blocks[1:]
    rng.shuffle(rest)
    for b in [first] + rest if c.chance(0.6) else rest + [first]:
        d.md("\n".join(b) + "\n")
    return d, mod


def kv_applog(rng):
    c, d = Ctx(rng), Doc()
    mod, title, _, _ = C.exam(rng)
    app = c.pick("ris-bridge", "hl7-router", "dicom-mwl", "report-dispatch", "portal-api")
    base = datetime.datetime.combine(c.date, P.rand_time(rng, 0, 22))
    style = c.pick("iso", "syslog", "bracket")
    host = P.ip(rng)
    lines = []
    events = [
        lambda: f'event=order.received acc={m("ACCESSION", c.acc)} mrn={m("MRN", c.mrn)} proc="{title}"',
        lambda: f'event=patient.match mrn={m("MRN", c.mrn)} name="{P.N(c.pt, c.pick("LAST_FIRST", "hl7"))}" dob={P.D(c.dob, c.pick("compact", "iso"))} score=0.{rng.randint(81, 99)}',
        lambda: f'event=mwl.query station=CT{rng.randint(1, 4)} src={m("IP_ADDRESS", P.ip(rng))} rows={rng.randint(1, 30)} user={m("PERSON", P.name_str(c.tech, "first").lower() + "." + P.name_str(c.tech, "last").lower().replace(" ", ""))}',
        lambda: f'event=report.signed acc={m("ACCESSION", c.acc)} signer="{P.N(c.rad, c.pick("first_last", "Last_First"))}" status=F',
        lambda: f'event=notify.sms to={m("PHONE", c.phone)} template=results_ready ok=true',
        lambda: f'event=notify.email to={m("EMAIL", P.email(rng, c.pt))} bytes={rng.randint(900, 9000)}',
        lambda: f'event=fax.send to="{P.N(c.ref, "first_last")}" fax={m("PHONE", P.phone(rng))} pages={rng.randint(1, 5)}',
        lambda: f'event=http.request method=GET path="/api/v2/studies/{m("ACCESSION", c.acc)}" client={m("IP_ADDRESS", P.ip(rng))} status={c.pick(200, 200, 404, 502)}',
        lambda: f'event=portal.login user={m("EMAIL", P.email(rng, c.pt))} ip={m("IP_ADDRESS", P.ip(rng))} mfa={c.pick("sms", "totp")}',
        lambda: f'event=billing.push account={m("ACCOUNT_ID", c.acct)} payer="{c.payer}" member={m("HEALTH_PLAN_ID", c.plan)}',
        lambda: f'event=adt.a08 mrn={m("MRN", c.mrn)} field=PID-11 new="{plain_addr(c)}"',
        lambda: f'level=WARN msg="duplicate patient suspected" mrn_a={m("MRN", c.mrn)} mrn_b={m("MRN", P.mrn(rng))} name_b="{P.N(c.other(culture=c.pt.culture), "LAST_FIRST")}"',
        lambda: f'event=link.issued url={m("URL", "https://share.example.net/v/" + P.letters(rng, 4).lower() + P.digits(rng, 6))} expires_h=72',
        lambda: f'event=age.flag acc={m("ACCESSION", c.acc)} age={P.age_md(c.age, "bare")} rule=geriatric_contrast',
    ]
    n = rng.randint(6, 11)
    picks = rng.sample(range(len(events)), min(n, len(events)))
    if 0 not in picks:
        picks.insert(0, 0)
    for k in picks:
        base += datetime.timedelta(seconds=rng.randint(1, 900))
        lvl = c.pick("INFO", "INFO", "INFO", "DEBUG", "WARN")
        body = events[k]()
        if style == "iso":
            pre = f"{P.D(base.date(), 'iso')}T{P.T(base.time(), 'hms')}.{rng.randint(0, 999):03d}Z {lvl} {app}"
        elif style == "syslog":
            pre = f"{P.D(base.date(), 'md_abbr_dot').replace('.', '')} {P.T(base.time(), 'hms')} {m('IP_ADDRESS', host)} {app}[{rng.randint(1000, 40000)}]:"
        else:
            pre = f"[{P.D(base.date(), 'mdy')} {P.T(base.time(), 'hms')}] [{lvl}] [{app}]"
        lines.append(f"{pre} {body}")
    if c.chance(0.4):
        d.line(c.pick("Here are the logs from last night, why did the result SMS go out before the report was signed?",
                      "log excerpt attached (sanitize before sharing!!):", "grep output:"))
    d.md("\n".join(lines) + "\n")
    return d, mod


def plain_addr(c):
    return f"{m('STREET_ADDRESS', c.street)}^^{m('CITY', c.city)}^{c.state}^{m('ZIP', c.zip)}"


def wiki_markdown(rng):
    c, d = Ctx(rng), Doc()
    conf = c.later(2, 10)
    d.line(f"# {c.pick('Rad-Path Correlation Conference', 'Radiology-Pathology Concordance Rounds', 'Rad/Path Correlation')} — {P.D(conf, c.pick('long', 'iso', 'abbr'))}")
    d.line("")
    d.line(f"Moderator: {P.NC(c.rad, 'first_last')} · Pathology: {P.NC(c.other(md=True), 'first_last')} · Location: {m('FACILITY', c.fac)} {c.pick('Room 2B', 'Auditorium', 'Zoom')}")
    d.line("")
    cols = c.pick(["#", "Patient", "MRN", "Exam", "Date", "Rad dx", "Path dx", "Concordant?"],
                  ["Case", "Pt (init/last)", "Age", "Accession", "Procedure", "Biopsy date", "Result", "Concordance"],
                  ["#", "Name", "DOB", "MRN", "Imaging", "Path", "Action"])
    d.line("| " + " | ".join(cols) + " |")
    d.line("|" + "|".join(c.pick("---", ":---", "---:") for _ in cols) + "|")
    n = rng.randint(3, 6)
    mod0 = "CT"
    for k in range(n):
        cc = Ctx(rng) if k else c
        mod, title, finds, imps = C.exam(rng, rng.choice([C._breast, C._thyroid, C._abdomen, C._chest, C._prostate]))
        mod0 = mod if k == 0 else mod0
        bdate = cc.later(1, 20)
        cells = []
        for col in cols:
            if col in ("#", "Case"):
                cells.append(str(k + 1))
            elif col in ("Patient", "Name"):
                cells.append(P.N(cc.pt, c.pick("LAST_FIRST", "first_last", "Last_First", "native")))
            elif col == "Pt (init/last)":
                cells.append(P.N(cc.pt, "init_last"))
            elif col == "MRN":
                cells.append(m("MRN", cc.mrn))
            elif col == "Age":
                cells.append(P.age_md(cc.age, c.pick("Y", "bare", "yo")))
            elif col == "DOB":
                cells.append(P.D(cc.dob, c.pick("mdy", "mdy_short", "iso")))
            elif col == "Accession":
                cells.append(m("ACCESSION", cc.acc))
            elif col in ("Exam", "Imaging", "Procedure"):
                cells.append(imps[0].rstrip(".") if "⟦score" in imps[0] else title.lower())
            elif col in ("Date",):
                cells.append(P.D(cc.date, c.pick("md", "mdy_short", "md_abbr_dot")))
            elif col == "Biopsy date":
                cells.append(P.D(bdate, c.pick("mdy", "md")))
            elif col in ("Rad dx",):
                cells.append(c.pick("suspicious mass", "probably benign", "indeterminate nodule", "highly suspicious")
                             + f", {C.meas(rng)}")
            elif col in ("Path dx", "Result", "Path"):
                cells.append(c.pick("IDC grade 2", "benign fibroadenoma", "papillary carcinoma", "adenocarcinoma, acinar",
                                    "granulomatous inflammation", "HCC, well differentiated", "nondiagnostic"))
            else:
                cells.append(c.pick("Yes", "No — re-bx", "Discordant; repeat", "Concordant", "surgical consult"))
        d.line("| " + " | ".join(cells) + " |")
    d.line("")
    d.line("## Notes")
    note_p = rng.choice([c.pt, c.pt])
    d.line(f"- Case 1: {c.pick('discussed with', 'called', 'paged')} {P.NC(c.ref, 'first_last', title=c.chance(0.5))} on {P.D(c.later(1, 12), c.pick('md', 'long', 'mdy'))} at {P.T(P.rand_time(rng, 8, 17), c.pick('hm12', 'hm24'))}; {P.N(note_p, c.pick('last', 'first_last'))} to return for {c.pick('re-biopsy', 'surgical excision', 'MRI')}.")
    if c.chance(0.6):
        d.line(f"- Slides pulled from {m('FACILITY', pools.facility(rng))}; contact {P.N(c.other(md=False), 'first_last')} ({m('PHONE', P.phone(rng))}, {m('EMAIL', P.email(rng))}).")
    if c.chance(0.5):
        d.line(f"- Recording: {m('URL', 'https://wiki.example.org/radpath/' + str(conf.year) + '/' + P.digits(rng, 4))} (internal only)")
    d.line(f"\n_Last edited by {P.N(c.tech, c.pick('first_last', 'init_last'))} on {P.D(conf, 'iso')}_")
    return d, mod0




def _fw(kind, value, width, upper, rpad=True):
    v = (value.upper() if upper else value)[:width].rstrip()
    pad = " " * (width - len(v))
    if not v:
        return pad
    cell = m(kind, v) if kind else v
    return cell + pad if rpad else pad + cell


def fixed_width(rng):
    c, d = Ctx(rng), Doc()
    upper = c.chance(0.7)
    fields = [("MRN", 10), ("LAST", c.pick(14, 18, 20)), ("FIRST", c.pick(10, 12)), ("DOB", 8), ("SEX", 1)]
    opt = [("SSN", 9), ("ADDR", c.pick(22, 26)), ("CITY", c.pick(13, 16)), ("ST", 2), ("ZIP", 5), ("PHONE", 10),
           ("ACCT", 12), ("ACC", 12), ("EXDT", 8), ("CPT", 5), ("PLAN", 12)]
    keep = [f for f in opt if rng.random() < 0.7]
    if ("ACC", 12) not in keep:
        keep.append(("ACC", 12))
    fields += keep
    d.line(c.pick("Mainframe extract (fixed width) - can you convert this to CSV for the radiology QA sheet?",
                  f"RADX0{rng.randint(10, 99)}  DAILY CHARGE EXTRACT     RUN {P.D(c.date, 'mdy')}",
                  "Record layout below then the records. Columns are positional, no delimiters.",
                  f"JOB RISXTR{rng.randint(1, 9)} STEP02 SYSOUT  {P.D(c.date, 'mon_upper')}"))
    pos = 1
    layout = []
    for name, w in fields:
        layout.append(f"{name}({pos}-{pos + w - 1})")
        pos += w
    d.line("LAYOUT: " + " ".join(layout))
    d.line(f"H{P.D(c.date, 'compact')}{P.T(P.rand_time(rng), 'hhmmss')}{m('FACILITY', c.fac.upper()[:30].rstrip())}")
    n = rng.randint(3, 5)
    for k in range(n):
        cc = c if k == 0 else Ctx(rng)
        mod, title, _, _ = C.exam(rng)
        row = "D"
        digits_phone = "".join(ch for ch in cc.phone if ch.isdigit())[-10:]
        for name, w in fields:
            if name == "MRN":
                row += _fw("MRN", cc.mrn.replace("-", ""), w, upper)
            elif name == "LAST":
                row += _fw("PERSON", cc.pt.family, w, upper)
            elif name == "FIRST":
                row += _fw("PERSON", cc.pt.given, w, upper)
            elif name == "DOB":
                row += P.D(cc.dob, "compact")
            elif name == "SEX":
                row += cc.sex
            elif name == "SSN":
                row += m("SSN", P.ssn(rng).replace("-", "").replace(" ", ""))
            elif name == "ADDR":
                row += _fw("STREET_ADDRESS", cc.street, w, upper)
            elif name == "CITY":
                row += _fw("CITY", cc.city, w, upper)
            elif name == "ST":
                row += cc.state
            elif name == "ZIP":
                row += m("ZIP", cc.zip)
            elif name == "PHONE":
                row += m("PHONE", digits_phone)
            elif name == "ACCT":
                row += _fw("ACCOUNT_ID", cc.acct.replace("-", ""), w, upper)
            elif name == "ACC":
                row += _fw("ACCESSION", cc.acc, w, upper)
            elif name == "EXDT":
                row += P.D(cc.date, "compact")
            elif name == "CPT":
                row += c.pick("70553", "74177", "71250", "73721", "77067", "76536")
            elif name == "PLAN":
                row += _fw("HEALTH_PLAN_ID", cc.plan, w, upper)
        d.line(row)
    d.line(f"T{n:06d}{P.D(c.date, 'compact')}")
    if c.chance(0.5):
        d.line(c.pick(f"Note: record 2 DOB looks wrong per {P.N(c.other(md=False), 'first_last')}, please flag.",
                      f"Sent by {P.N(c.tech, 'first_last')} ext {rng.randint(2000, 7999)}",
                      "Last field is member ID, can be blank."))
    return d, "CT"


def _report_body(c, rng, mod, title, finds, imps):
    """Marked paragraphs of a narrative report."""
    paras = []
    paras.append(f"{c.pick('EXAM', 'Examination', 'PROCEDURE')}: {title}  {c.pick('Date of service', 'DOS', 'Exam date')}: "
                 f"{P.D(c.date, c.df)} {P.T(c.time, c.tf)}")
    paras.append(f"{C.header(rng, 'history')}: {P.age_md(c.age, c.pick('yo_hyphen', 'y_o', 'yo'))} {c.pick('woman', 'man', 'patient')} "
                 f"{c.pick('referred by', 'sent by', 'per')} {P.NC(c.ref, 'first_last', title=c.chance(0.5))} for "
                 f"{c.pick('screening', 'follow-up', 'abdominal pain', 'abnormal prior imaging', 'staging')}.")
    if c.chance(0.7):
        paras.append(f"{C.header(rng, 'comparison')}: {C.modality_word(rng, mod)} {P.D(c.earlier(90, 1200), c.df)}"
                     f"{c.pick('', ' at outside facility', ' (' + m('FACILITY', pools.facility(rng)) + ')')}.")
    paras.append(f"{C.header(rng, 'findings')}: " + " ".join(finds))
    paras.append(f"{C.header(rng, 'impression')}: " + " ".join(f"{i + 1}. {x}" for i, x in enumerate(imps)))
    paras.append(f"Electronically signed by {P.NC(c.rad, c.pick('first_last', 'first_mi_last'))} on "
                 f"{P.D(c.date, c.df)} at {P.T(P.rand_time(rng, c.time.hour, 23), c.tf)}.")
    return paras


def pdf_text(rng):
    c, d = Ctx(rng), Doc()
    mod, title, finds, imps = C.exam(rng, rng.choice([C._colon, C._colon, C._abdomen, C._chest, C._brain]))
    width = c.pick(64, 72, 80)
    body = []
    for para in _report_body(c, rng, mod, title, finds, imps):
        body += wrap(para, width, rng, hyphenate=0.8) + [""]
    per_page = rng.randint(9, 16)
    pages = [body[i:i + per_page] for i in range(0, len(body), per_page)]
    printed = c.later(0, 40)
    user = P.name_str(c.other(md=False), "init_last")
    hdr_name = c.pick("LAST_FIRST", "Last_First", "first_LAST")
    for pi, page in enumerate(pages):
        if pi:
            d.add("\f" if c.chance(0.6) else "\n" + "-" * 20 + " page break " + "-" * 20 + "\n")
        h = c.pick(0, 1, 2)
        if h == 0:
            d.line(f"{m('FACILITY', c.fac)}{' ' * rng.randint(3, 12)}Department of Radiology")
            d.line(f"Patient: {P.N(c.pt, hdr_name)}   MRN: {m('MRN', c.mrn)}   DOB: {P.D(c.dob, c.df)}")
        elif h == 1:
            d.line(f"{P.N(c.pt, hdr_name)} ({m('MRN', c.mrn)}){' ' * rng.randint(4, 20)}{m('FACILITY', c.fac.upper())}")
        else:
            d.line(f"Name: {P.N(c.pt, hdr_name)}  Acc#: {m('ACCESSION', c.acc)}  Loc: {c.pick('OP', 'ED', 'IP 4W')}")
        d.line("")
        for ln in page:
            d.line(ln)
        foot = c.pick(f"Page {pi + 1} of {len(pages)}", f"{pi + 1}/{len(pages)}", f"- {pi + 1} -")
        d.line(f"{foot}{' ' * rng.randint(4, 16)}Printed {P.D(printed, c.pick('mdy', 'mdy_short'))} "
               f"{P.T(P.rand_time(rng, 8, 18), c.pick('hm24', 'hm12'))} by {m('PERSON', user)}")
    return d, mod


STYLES = [("yaml_export", yaml_export), ("kv_applog", kv_applog), ("wiki_markdown", wiki_markdown),
          ("fixed_width", fixed_width), ("pdf_text", pdf_text)]
