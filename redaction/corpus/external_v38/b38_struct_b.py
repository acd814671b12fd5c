"""Structured styles 6-10 of blind38: schema output, rendered templates, eval rows, prompt-log CSV, echo transcript."""

from __future__ import annotations

import json

from b38_case import dictation, header, report
from b38_clin import exam, findings, hdr, impression, cred, techcred, year
from b38_core import flat, jesc, sub


def schema_request(c, r, d):
    d.t(r.choice(["Return ONLY JSON matching this schema.\n", "response_format = json_schema (strict)\n",
                  "## Output contract\n"]))
    props = ["patient_name", "mrn", "exam_date", "impression", "followup_months", "critical"]
    r.shuffle(props)
    d.t("{\"type\": \"object\", \"required\": [" + ", ".join(f"\"{p}\"" for p in props[:4]) + "],\n \"properties\": {\n")
    for p in props:
        typ = {"followup_months": "integer", "critical": "boolean"}.get(p, "string")
        d.t(f"  \"{p}\": {{\"type\": \"{typ}\"" + (", \"format\": \"date\"" if p == "exam_date" else "") + "},\n")
    d.t("  \"additionalProperties\": false}}\n\n")
    d.t(r.choice(["Filled example:\n", "Example of a valid answer:\n", "e.g.\n"]))
    other = type(c)(r)
    d.t("{\"patient_name\": \"").put(other.pt.form(r.choice(["caps", "full"]))).t("\", \"mrn\": \"").span(other.mrn, "MRN")
    d.t("\", \"exam_date\": \"").put(other.d("exam", "iso")).t("\", \"impression\": \"").put(jesc(impression(r)))
    d.t(f"\", \"followup_months\": {r.choice([3, 6, 12])}, \"critical\": false}}\n\n")
    d.t(r.choice(["Now extract from:\n", "Input report:\n", "REPORT >>>\n"]))
    d.put(report(c, r, with_header=True, signer=r.random() < 0.7))
    d.t("\n")


def rendered_template(c, r, d):
    d.t(f"# template: {r.choice(['impression_rewrite', 'lay_summary', 'followup_letter', 'compare_priors'])}.j2 "
        f"(rev {r.randint(3, 41)})\n")
    left = r.sample(["{{ patient_name }}", "{{ referring_md }}", "{{ prior_date }}", "{{ mrn }}", "{{patient.dob}}",
                     "{{#if critical}}", "{{/if}}", "{{ accession }}", "{% if prior %}", "{% endif %}"], 3)
    d.f("You are drafting for ⟦f⟧. Patient: ⟦n⟧ (MRN ⟦m⟧, DOB ⟦dob⟧).\n", f=(c.fac, "FACILITY"),
        n=c.pt.form(r.choice(["full", "lastfirst"])) if r.random() < 0.7 else left[0], m=(c.mrn, "MRN"),
        dob=c.d("dob") if r.random() < 0.7 else left[1])
    d.f("Referring: ⟦rf⟧  Prior: ⟦p⟧\n", rf=c.ref.form(r.choice(["dr", "full"])) if r.random() < 0.6 else "{{ referring_md }}",
        p=c.d("prior") if r.random() < 0.5 else left[2])
    d.t(r.choice(["{% if prior %}Compare with the prior.{% endif %}\n", "{{#if critical}}Flag as CRITICAL.{{/if}}\n", ""]))
    d.put(report(c, r, with_header=False, signer=False))
    d.t("\n")
    d.f(r.choice(["Sign as {{ radiologist_name }}, ⟦cr⟧.\n", "Sign as ⟦rn⟧, ⟦cr⟧.\n", "Cc: ⟦rn⟧ <⟦em⟧>\n"]),
        cr=cred(r), rn=c.rad.form("full"), em=(c.rad.email(c.dom), "EMAIL"))
    d.t(r.choice(["# WARN: 2 variables unresolved\n", "# render ok\n", f"# unresolved: {left[0]}\n"]))


def eval_row(c, r, d):
    ex, _ = exam(r)
    d.t(f"{{\"case_id\": \"ev-{r.randint(1000, 9999)}\", \"suite\": \"{r.choice(['impr_faithfulness', 'phi_leak', 'lay_summary'])}\", ")
    d.t("\"input\": \"").put(jesc(sub("Summarize for ⟦n⟧ (⟦a⟧⟦sx⟧) seen ⟦dd⟧: ", n=c.pt.form(r.choice(["full", "title", "caps"])),
                                       a=c.age_piece(""), sx=r.choice(["F", "M", "yo"]), dd=c.d("exam")) + ex + [". "] + findings(r)))
    d.t("\", \"expected\": \"").put(jesc(impression(r)))
    d.t("\", \"model_output\": \"").put(jesc(sub(r.choice(["⟦n⟧ has ", "The patient has ", "In ⟦n⟧, "]),
                                                  n=c.pt.form(r.choice(["title", "full", "first"]))) + impression(r)))
    if r.random() < 0.6:
        d.put(jesc(sub(" Please call ⟦ph⟧ with questions.", ph=(c.phone, "PHONE"))))
    d.t(f"\", \"scores\": {{\"rougeL\": 0.{r.randint(20, 95)}, \"faithful\": {r.choice(['true', 'false'])}}}, ")
    d.t(f"\"model\": \"{c.model}\", \"grader\": \"").span(c.rad2.login(), "PERSON")
    d.t("\", \"graded_at\": \"").put(c.d("exam", "iso")).t("\"}\n")


def prompt_log(c, r, d):
    d.t("timestamp,prompt_id,version,user,client_ip,patient_ref,latency_ms,tokens_in,tokens_out,status,preview\n")
    for i in range(r.randint(3, 6)):
        hm = (min(23, c.hm[0] + i // 2), (c.hm[1] + 7 * i) % 60)
        d.put(c.d("exam", "iso")).t(" ").put(c.tm("sec", hm))
        d.t(f",pr_{r.choice(['impr', 'comp', 'lay', 'adden'])},{r.randint(1, 9)},")
        who = r.choice([c.rad, c.res])
        if r.random() < 0.4:
            d.span(who.email(c.dom), "EMAIL")
        else:
            d.span(who.login(), "PERSON")
        d.t(",").span(c.ip, "IP_ADDRESS") if i % 2 == 0 else d.t(",127.0.0.1")
        d.t(",")
        d.put(r.choice([[(c.mrn, "MRN")], [(c.acc, "ACCESSION")], "", [(c.account, "ACCOUNT_ID")]]))
        d.t(f",{r.randint(400, 9000)},{r.randint(200, 6000)},{r.randint(40, 900)},{r.choice(['ok', 'ok', 'ok', 'timeout', 'filtered'])},\"")
        prev = r.choice(["pt ⟦n⟧ ⟦ex⟧...", "⟦ex⟧ compare ⟦d⟧...", "call back ⟦ph⟧ re ⟦n⟧", "⟦h⟧: ⟦e⟧...", "rewrite for family of ⟦n⟧..."])
        d.put(sub(prev, n=c.pt.form(r.choice(["caps", "full", "lastfirst"])), ex=exam(r)[0], d=c.d("prior"),
                      ph=(c.phone, "PHONE"), h=hdr("IMPRESSION"),
                      e=[(r.choice(["Schmorl node", "Baker cyst", "Tarlov cyst"]), "eponym")]))
        d.t("\"\n")


def echo_transcript(c, r, d):
    u = r.choice(["USER:", "User:", "USER >"])
    a = r.choice(["ASSISTANT:", "Assistant:", "ASSISTANT >"])
    d.t(f"{u} ")
    d.f(r.choice(["Draft a report. Header: ⟦n⟧, MRN ⟦m⟧, acc ⟦acc⟧, DOS ⟦dd⟧.\n",
                  "Need a draft for ⟦n⟧ (⟦m⟧). Referring ⟦rf⟧, tech ⟦tc⟧.\n",
                  "pls write up: ⟦n⟧ dob ⟦dob⟧ ⟦acc⟧\n"]),
        n=c.pt.form(), m=(c.mrn, "MRN"), acc=(c.acc, "ACCESSION"), dd=c.d("exam"), rf=c.ref.form("dr"),
        tc=c.tech.form(r.choice(["full", "init"])), dob=c.d("dob"))
    d.put(dictation(c, r))
    d.t(f"\n\n{a} Here is a draft:\n\n")
    d.put(header(c, r, caps=True))
    d.put(report(c, r, with_header=False, signer=False))
    d.t("\n")
    d.f(r.choice(["Referring physician: ⟦rf⟧\n", "Technologist: ⟦tc⟧, ⟦tcr⟧\n", ""]), rf=c.ref.form("full"),
        tc=c.tech.form("full"), tcr=techcred(r))
    d.f("Location: ⟦f⟧\n", f=(c.fac, "FACILITY"))
    if r.random() < 0.6:
        d.t(f"\n{u} ")
        d.f(r.choice(["remove the DOB please", "the prior was ⟦p⟧ not ⟦q⟧", "ok thx"]), p=c.d("prior", "us"), q=c.d("dob", "us"))
        d.t(f"\n\n{a} ")
        d.f(r.choice(["Updated. Comparison: ⟦p⟧.", "Done - header now reads ⟦n⟧, MRN ⟦m⟧.", "You're welcome."]),
            p=c.d("prior"), n=c.pt.form("caps"), m=(c.mrn, "MRN"))
        d.t("\n")
