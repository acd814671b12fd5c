"""Structured styles 1-5 of blind38: request JSON, ChatML, [INST] few-shot, RAG priors, tool-call arguments."""

from __future__ import annotations

from b38_case import dictation, header, report
from b38_clin import exam, findings, hdr, impression, cred, year
from b38_core import jesc, sub

SYS = ["You are RadDraft, an assistant that turns radiologist dictation into structured reports for ⟦f⟧. "
       "Do not invent findings. Keep measurements exactly as dictated.",
       "You are a careful radiology scribe. Output plain text with sections ⟦h1⟧ and ⟦h2⟧ only.",
       "System: reporting assistant (site ⟦f⟧). Never give a diagnosis not supported by the dictation.",
       "You help radiologists at ⟦f⟧ draft concise impressions. Use American spelling."]


def oai_request(c, r, d):
    d.t(r.choice(["POST /v1/chat/completions HTTP/1.1\nHost: llm-gw.example.net\nContent-Type: application/json\n\n", "", ""]))
    d.t("{\n  \"model\": \"" + c.model + "\",\n")
    d.t(f"  \"temperature\": {r.choice(['0', '0.1', '0.2', '0.3'])},\n  \"max_tokens\": {r.choice([512, 800, 1024, 2048])},\n")
    d.t("  \"messages\": [\n    {\"role\": \"system\", \"content\": \"")
    d.put(jesc(sub(r.choice(SYS), f=(c.fac, "FACILITY"), h1=hdr("FINDINGS"), h2=hdr("IMPRESSION"))))
    d.t("\"},\n    {\"role\": \"user\", \"content\": [\n      {\"type\": \"text\", \"text\": \"")
    ask = r.choice(["Draft the report from this dictation:\n", "Clean up grammar, keep content.\n\n",
                    "Please structure the following. Pt ⟦n⟧ (MRN ⟦m⟧).\n"])
    d.put(jesc(sub(ask, n=c.pt.form(r.choice(["full", "caps"])), m=(c.mrn, "MRN")) + dictation(c, r)))
    d.t("\"}")
    if r.random() < 0.7:
        d.t(",\n      {\"type\": \"image_url\", \"image_url\": {\"url\": \"").span(c.url(), "URL")
        d.t("\", \"detail\": \"low\"}}")
    d.t("\n    ]}")
    if r.random() < 0.5:
        d.t(",\n    {\"role\": \"assistant\", \"content\": \"")
        d.put(jesc(sub("⟦h⟧:\n", h=hdr("FINDINGS")) + findings(r, sep="\n") + ["\n"] + sub("⟦h⟧:\n", h=hdr("IMPRESSION")) + impression(r)))
        d.t("\"},\n    {\"role\": \"user\", \"content\": \"")
        d.put(jesc(sub(r.choice(["shorter impression pls, and add that ⟦n⟧ was called at ⟦t⟧",
                                 "good. sign as ⟦n⟧, ⟦cr⟧", "add comparison to ⟦d⟧"]),
                       n=c.ref.form("dr") if r.random() < 0.5 else c.rad.form("full"), t=c.tm("ampm"), cr=cred(r),
                       d=c.d("prior"))))
        d.t("\"}")
    d.t("\n  ],\n")
    d.t("  \"user\": \"").span(c.rad.login(), "PERSON").t("\",\n")
    d.t("  \"metadata\": {\"encounter_id\": \"").span(c.account, "ACCOUNT_ID")
    d.t(f"\", \"template_version\": \"v{r.randint(1, 4)}.{r.randint(0, 12)}.{r.randint(0, 9)}\", \"trace\": \"tr_{r.getrandbits(48):012x}\"}}\n}}\n")


def chatml(c, r, d):
    d.t("<|im_start|>system\n")
    d.f(r.choice(SYS) + "<|im_end|>\n", f=(c.fac, "FACILITY"), h1=hdr("FINDINGS"), h2=hdr("IMPRESSION"))
    d.t("<|im_start|>user\n")
    d.f(r.choice(["Report for ⟦n⟧, ⟦a⟧ ⟦s⟧, referred by ⟦rf⟧.\n", "pt ⟦n⟧ / MRN ⟦m⟧ / ⟦a⟧ ⟦s⟧\n",
                  "Context: ⟦n⟧ seen at ⟦f⟧; MRN ⟦m⟧.\n"]),
        n=c.pt.form(), a=c.age_piece(""), s="F" if c.pt.sex == "F" else "M", rf=c.ref.form(r.choice(["dr", "full"])),
        m=(c.mrn, "MRN"), f=(c.fac, "FACILITY"))
    d.put(report(c, r, with_header=r.random() < 0.5, signer=False))
    d.t("<|im_end|>\n<|im_start|>assistant\n")
    if r.random() < 0.6:
        d.f("⟦h⟧:\n", h=hdr("IMPRESSION"))
        d.put(impression(r))
        d.t("\n")
        d.f(r.choice(["Findings discussed with ⟦n⟧ on ⟦dd⟧ at ⟦t⟧.", "Dictated by ⟦n⟧.", ""]),
            n=c.ref.form("dr") if r.random() < .5 else c.rad.form("full"), dd=c.d("exam", "us"), t=c.tm("24"))
        d.t("<|im_end|>\n")
        d.t("<|im_start|>user\n")
        d.f(r.choice(["add DOB ⟦dob⟧ to header", "mention prior from ⟦y⟧", "thanks"]) + "<|im_end|>\n<|im_start|>assistant\n",
            dob=c.d("dob"), y=year(r))
    d.t(f"<|endoftext|>" if r.random() < 0.3 else "")


FEW = ["Example {k} input:\n", "### Example {k}\nDictation: ", "EXAMPLE {k}\n"]


def llama_inst(c, r, d):
    d.t("<s>[INST] <<SYS>>\n")
    d.f(r.choice(SYS) + "\n<</SYS>>\n\n", f=(c.fac, "FACILITY"), h1=hdr("FINDINGS"), h2=hdr("IMPRESSION"))
    fw = r.choice(FEW)
    for k in range(1, r.randint(2, 3) + 1):
        other = type(c)(r)
        d.t(fw.format(k=k))
        d.put(dictation(other, r))
        d.t("\n" + r.choice(["Output:\n", "Report:\n", "=> "]))
        d.put(report(other, r, with_header=r.random() < 0.4, signer=r.random() < 0.5))
        d.t("\n\n")
    d.t(r.choice(["Now do the same for this one:\n", "Input:\n", "### Task\nDictation: "]))
    d.put(dictation(c, r))
    d.t(" [/INST]")
    if r.random() < 0.5:
        d.t(" ")
        d.put(header(c, r))
        d.f("⟦h⟧: ", h=hdr("IMPRESSION"))
        d.put(impression(r))
        d.t(" </s>")
    d.t("\n")


def rag_priors(c, r, d):
    d.t(r.choice(["<context>\n", "<retrieved_documents k=\"3\">\n"]))
    for i in range(r.randint(2, 3)):
        pd = c.prior if i == 0 else c.prior.replace(year=c.prior.year - i)
        from b38_pools import fmt_date
        ex, _ = exam(r)
        d.t(f"<prior rank=\"{i + 1}\" score=\"0.{r.randint(61, 97)}\" date=\"").span(fmt_date(pd, r, r.choice(["iso", "us"])), "DATE_TIME")
        d.t("\" accession=\"").span(c.acc if i == 0 and r.random() < 0.3 else f"{c.acc_prior[:4]}{r.randint(100000, 999999)}", "ACCESSION")
        d.t("\" site=\"").span(r.choice([c.fac, c.fac2]), "FACILITY").t("\">\n")
        d.put(ex)
        d.t(". ")
        d.put(findings(r, n=r.randint(1, 3)))
        d.t(" ")
        d.f(r.choice(["Read by ⟦n⟧, ⟦cr⟧.", "Signed: ⟦n⟧", "Dictated ⟦n⟧ / transcribed ⟦x⟧"]),
            n=c.rad2.form(r.choice(["full", "init", "caps"])), cr=cred(r), x=c.tech.form("initials"))
        if r.random() < 0.3:
            d.t("\nsource: ").span(c.url(), "URL")
        d.t("\n</prior>\n")
    d.t(r.choice(["</context>\n", "</retrieved_documents>\n"]))
    d.f("<current_study patient=\"⟦n⟧\" mrn=\"⟦m⟧\" dob=\"⟦dob⟧\">\n", n=c.pt.form(r.choice(["hl7", "caps", "full"])),
        m=(c.mrn, "MRN"), dob=c.d("dob", "iso"))
    d.put(dictation(c, r))
    d.t("\n</current_study>\n")
    d.t(r.choice(["Using only the priors above, write the COMPARISON line and note interval change.\n",
                  "Question: has anything grown since the most recent prior? Cite the prior by date.\n",
                  "Summarize changes vs priors in <= 3 bullets.\n"]))


def tool_args(c, r, d):
    nm = r.choice(["fetch_priors", "create_addendum", "schedule_followup", "page_referrer"])
    d.t(f"{{\"id\": \"call_{r.getrandbits(40):010x}\", \"type\": \"function\", \"function\": {{\"name\": \"{nm}\", \"arguments\": {{\n")
    d.t("  \"patient\": {\"name\": \"").put(c.pt.form(r.choice(["caps", "full", "lastfirst"])))
    d.t("\", \"mrn\": \"").span(c.mrn, "MRN").t("\", \"dob\": \"").put(c.d("dob", "iso")).t("\"")
    if r.random() < 0.5:
        d.t(", \"age\": ").put(c.age_piece(""))
    d.t("},\n")
    if nm == "fetch_priors":
        d.t("  \"modality\": [\"").span(r.choice(["CT", "MR", "PT"]), "modality").t("\"], \"since\": \"").put(c.d("prior", "iso"))
        d.t(f"\", \"limit\": {r.randint(2, 10)},\n  \"source_ae\": \"ARCH_{r.randint(1, 4)}\", \"host\": \"").span(c.ip, "IP_ADDRESS").t("\"\n")
    elif nm == "create_addendum":
        d.t("  \"accession\": \"").span(c.acc, "ACCESSION").t("\",\n  \"text\": \"")
        d.put(jesc(sub("ADDENDUM: Discussed with ⟦n⟧ (⟦ph⟧) on ⟦d⟧ at ⟦t⟧. ", n=c.ref.form(r.choice(["dr", "full"])),
                       ph=(c.phone, "PHONE"), d=c.d("exam", "us"), t=c.tm()) + impression(r)))
        d.t("\",\n  \"author\": \"").span(c.rad.login(), "PERSON").t("\"\n")
    elif nm == "schedule_followup":
        d.t("  \"due\": \"").put(c.d("exam", "iso")).t("\", \"exam\": \"").span(r.choice(["CT", "MRI", "US"]), "modality")
        d.t(" follow-up\",\n  \"contact\": {\"phone\": \"").span(c.phone, "PHONE").t("\", \"email\": \"")
        d.span(c.pt.email(r.choice(["mailbox.example.com", "inbox.example.net"])), "EMAIL")
        d.t("\", \"address\": \"").span(c.street, "STREET_ADDRESS").t(", ").span(c.city, "CITY").t(f", {c.state} ").span(c.zip, "ZIP")
        d.t("\"},\n  \"insurance\": {\"member_id\": \"").span(c.plan, "HEALTH_PLAN_ID").t("\", \"account\": \"").span(c.account, "ACCOUNT_ID").t("\"}\n")
    else:
        d.t("  \"to\": \"").put(c.ref.form("full")).t("\", \"pager\": \"").span(c.phone2, "PHONE")
        d.t("\",\n  \"message\": \"").put(jesc(sub("Critical: ⟦f⟧ on ⟦ex⟧ for ⟦n⟧. Call ⟦ph⟧.", f=r.choice(["new pneumothorax", "large PE", "acute SAH"]),
                                                   ex=exam(r)[0], n=c.pt.form("title"), ph=(c.phone, "PHONE"))))
        d.t("\"\n")
    d.t("}}}\n")
    if r.random() < 0.6:
        d.t(r.choice(["\n-- tool result --\n", "\n[tool_response]\n"]))
        d.t(f"{{\"ok\": true, \"request_id\": \"{r.randint(100000, 999999)}\", \"at\": \"").put(c.d("exam", "iso")).t("T").put(c.tm("sec")).t("Z\"}\n")
