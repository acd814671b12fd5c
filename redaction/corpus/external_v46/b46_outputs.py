"""Model-output styles for blind46 (drafts as an LLM emits them)."""

from __future__ import annotations

from b46_clinical import cred, hdr
from b46_common import dr, extra_patients, pname, report
from b46_segs import Raw, S, jdump, ph, pyrepr


def md_bold_labels(rng, c, st) -> S:
    lab = rng.choice(["**{}:**", "**{}**:", "- **{}:**"])
    L = lambda k: lab.format(k)
    rows = [f"{L('Patient')} {pname(c)}", f"{L('MRN')} {c.m_mrn}",
            f"{L('DOB')} {c.d(c.dob)} ({c.age_m()})", f"{L('Exam')} {st.exam}", f"{L('Accession')} {c.m_acc}",
            f"{L('Date of Service')} {c.d(c.exam)}, {c.t()}", f"{L('Referring')} {dr(c.ref, rng)}"]
    if rng.random() < 0.5:
        rows.append(f"{L('Facility')} {c.m_fac}")
    sep = "  \n" if lab.startswith("**") else "\n"
    h = rng.choice(["### {}", "## {}", "**{}**"])
    out = [rng.choice(["Here's a structured draft of the report:", "Sure! Below is the formatted report.",
                       "I've organized the dictation into the standard template:"]), "", sep.join(rows), "",
           h.format(hdr("FINDINGS"))] + [f"- {f}" for f in st.findings] + ["", h.format(hdr("IMPRESSION"))]
    out += [f"{n}. **{x}**" if n == 1 else f"{n}. {x}" for n, x in enumerate(st.impressions, 1)]
    out += ["", "---", f"*Prepared for:* {c.rad.m(0)}, {cred('MD')}",
            rng.choice(["> ⚠️ Please verify patient identifiers against the RIS before signing.",
                        "> **Note:** I could not confirm the comparison date; please check.", ""])]
    return S("\n".join(out).rstrip() + "\n")


def think_block(rng, c, st) -> S:
    sal = rng.choice(["Mrs.", "Mr.", "Ms.", ""])
    who = f"{sal} {c.pt.m(6)}".strip() if sal else pname(c)
    age_note = (f"Wait — DOB {c.d(c.dob)} makes the patient {c.age_m(0)}, not what the header says. I'll use the DOB."
                if rng.random() < 0.5 else f"The patient is a {c.age_m(0)}; nothing age-specific to add.")
    think = [f"The user wants an impression for {who} (MRN {c.m_mrn}).",
             f"Comparison is the study from {c.d(c.prior)}, accession {c.m_prior_acc}.",
             f"Key findings: {st.findings[0]}", age_note,
             f"Should the callback go to {dr(c.ref, rng, False)} at {c.m_phone}? The user didn't ask, so I'll only mention it.",
             "Format: numbered, most important first, no hedging beyond what the dictation says."]
    if rng.random() < 0.4:
        think.append(f"The requisition mentions a {c.device}, serial {c.m_serial}, implanted {ph('year', c.prior.year)}; "
                     "the dictation does not say the device clinic cleared it, so I should flag that.")
    rng.shuffle(think)
    tag = rng.choice([("<think>", "</think>"), ("<thinking>", "</thinking>"), ("<|channel|>analysis<|message|>", "<|end|>")])
    out = [tag[0], "\n".join(think), tag[1], "", f"{hdr('IMPRESSION')}:"]
    out += [f"{n}. {x}" for n, x in enumerate(st.impressions, 1)]
    if rng.random() < 0.6:
        out += ["", f"Recommend communicating results to {dr(c.ref, rng)} ({c.m_ref_email})."]
    return S("\n".join(out) + "\n")


def code_fenced(rng, c, st) -> S:
    wrong = c.ref.last[:-1] if len(c.ref.last) > 4 and c.ref.last[-1].isalpha() else c.ref.last + "e"
    lang = rng.choice(["text", "", "markdown", "plaintext"])
    body = report(c, st, rng, md=(lang == "markdown"))
    out = [rng.choice(["Sure — here is the cleaned-up report with the dictation errors corrected:",
                       "Here is the final report text ready to paste into PowerScribe:", "Corrected report:"]), "",
           f"```{lang}", body, "```", "", "**Changes made:**",
           f"- Corrected referring physician name from \"{ph('PERSON', wrong)}\" to \"{c.ref.m(6)}\"",
           f"- Normalized the exam date to {c.d(c.exam, 0)}",
           "- Removed filler words (\"um\", \"comma\", \"new paragraph\")"]
    if rng.random() < 0.5:
        out.append(f"- Added the {hdr('IMPRESSION')} numbering")
    return S("\n".join(out) + "\n")


def json_mode(rng, c, st) -> S:
    obj = {"patient_name": pname(c), "mrn": c.m_mrn, "dob": c.d(c.dob, rng.choice([0, 2])),
           "age": Raw(c.age_num()), "accession": c.m_acc, "exam": st.exam,
           "exam_datetime": f"{c.d(c.exam, 2)}T{ph('DATE_TIME', f'{c.h:02d}:{c.mi:02d}:00')}",
           "findings": st.findings, "impression": st.impressions,
           "critical": rng.random() < 0.3}
    if rng.random() < 0.6:
        obj["communicated_to"] = {"name": c.ref.m(0), "phone": c.m_phone, "time": c.t(0)}
    if rng.random() < 0.4:
        obj["insurance_member_id"] = c.m_plan
    if rng.random() < 0.3:
        obj["implant"] = {"device": c.device, "serial_number": c.m_serial, "implant_year": Raw(ph("year", c.prior.year))}
    js = jdump(obj, indent=rng.choice([2, 2, 4, None]), ascii_only=rng.random() < 0.3)
    if rng.random() < 0.4:
        return "```json\n" + js + "\n```\n"
    return js + "\n"


def structured_parsed(rng, c, st) -> S:
    dob = c.dob
    inner = jdump({"patient": {"name": c.pt.m(0), "mrn": c.m_mrn, "dob": c.d(dob, 2)}, "accession": c.m_acc,
                   "impression": st.impressions, "follow_up": rng.choice(["3 months", "6 months", None])})
    d_repr = "datetime.date(" + ph("DATE_TIME", f"{dob.year}, {dob.month}, {dob.day}") + ")"
    parsed = ("RadiologyDraft(patient=PatientRef(name=" + pyrepr(c.pt.m(0)) + ", mrn=" + pyrepr(c.m_mrn)
              + ", dob=" + d_repr + "), accession=" + pyrepr(c.m_acc) + ", impression=" + pyrepr(st.impressions)
              + ", follow_up=" + pyrepr(rng.choice(["3 months", "6 months"])) + ")")
    msg = ("ParsedChatCompletionMessage[RadiologyDraft](content=" + pyrepr(inner)
           + ", refusal=None, role='assistant', annotations=[], audio=None, function_call=None, tool_calls=None, parsed="
           + parsed + ")")
    pre = rng.choice([">>> completion.choices[0].message\n", "DEBUG parsed message: ", "print(resp.choices[0].message)\n"])
    return pre + msg + "\n"


def md_table(rng, c, st) -> S:
    rows = ["| # | Date | Modality | Accession | Key finding | Reader |", "|---|------|----------|-----------|-------------|--------|"]
    n_prior = rng.randint(2, 5)
    import datetime as dt
    d = c.exam
    for k in range(n_prior):
        d = d - dt.timedelta(days=rng.randint(30, 400))
        reader = c.rad if k == 0 else __import__("b46_pools").Person(rng)
        mod = rng.choice(["CT", "MRI", "US", "XR", "CT"])
        acc = f"{mod[:2]}{d.year % 100}-{rng.randint(1000000, 9999999)}"
        rows.append(f"| {k + 1} | {c.d(d, rng.choice([0, 2, 3]))} | {ph('modality', mod)} | {ph('ACCESSION', acc)} | "
                    f"{rng.choice(st.findings).rstrip('.')} | {reader.m(rng.choice([3, 6]))} |")
    out = [f"## Prior imaging — {pname(c)} ({c.m_mrn})", "", "\n".join(rows), "",
           (f"**Summary:** {rng.choice(['Stable', 'Interval increase', 'New finding'])} compared with {c.d(c.prior)} "
           f"(first seen {ph('year', c.prior.year - rng.randint(1, 4))}); "
           f"current study {c.m_acc} read by {c.rad.m(0)}."), "",
           rng.choice(["*Dates are taken from the PACS index; verify against the EHR.*", "*Generated by PriorSummarizer v2.*"])]
    return S("\n".join(out) + "\n")


def patient_letter(rng, c, st) -> S:
    sal = rng.choice(["Ms.", "Mr.", "Mx.", ""])
    greet = f"Dear {sal} {c.pt.m(6)}," if sal else f"Dear {c.pt.m(7)},"
    out = [f"# Your {st.exam} results", "", c.m_fac, c.loc(), "", f"{c.d(c.exam, 4)}", "", c.pt.m(0), c.loc(), "", greet, "",
           f"On {c.d(c.exam, 4)} you had an imaging test at {c.m_fac}. {dr(c.rad, rng)} reviewed the pictures.",
           "", "**What we found**", f"- {st.impressions[0]}",
           f"- Your doctor, {dr(c.ref, rng, False)}, will talk with you about next steps.", "",
           "**What to do next**",
           f"Call us at {c.m_phone} or send a message through the portal ({c.m_url}).", "",
           f"Your record number is {c.m_mrn}; please have it ready when you call.", "",
           "Sincerely,", f"{c.rad.m(0)}, {cred('MD')}", "Department of Radiology"]
    if rng.random() < 0.4:
        out += ["", f"_Draft note: the patient's {c.relation}, {c.rel.m(0)}, is listed as the contact ({c.m_rel_phone})._"]
    return S("\n".join(out) + "\n")


def critical_note(rng, c, st) -> S:
    tf = rng.randint(0, 4)
    out = [rng.choice(["**Critical Result Communication**", "### Critical result documentation", "CRITICAL RESULT NOTE (draft)"]), "",
           f"1. **Finding:** {st.findings[0]}",
           f"2. **Communicated to:** {dr(c.ref, rng)} via {rng.choice(['phone', 'secure chat', 'pager'])} ({c.m_phone})",
           f"3. **Date/time:** {c.d(c.exam)} at {c.t(tf)}",
           f"4. **Communicated by:** {c.rad.m(0)}, {cred('MD')}; witnessed by {c.tech.m(0)}, {cred(rng.choice(['RT(R)', 'RT(R)(CT)', 'RN']))}",
           f"5. **Read-back:** confirmed patient {c.pt.m(1)} / MRN {c.m_mrn} / accession {c.m_acc}"]
    if rng.random() < 0.5:
        out.append(f"6. **Patient contact:** {c.relation} {c.rel.m(0)} notified at {c.m_rel_phone}")
    out += ["", f"{hdr('IMPRESSION')}: {st.impressions[0]}"]
    return S("\n".join(out) + "\n")


def chat_signout(rng, c, st) -> S:
    pts = [c] + extra_patients(rng, rng.randint(2, 4))
    out = [rng.choice(["Got it! Here's the overnight signout list 🌙", "Here's the worklist summary you asked for:",
                       "Sure — pending reads for the night team:"]), ""]
    for k, p in enumerate(pts):
        bed = f"{rng.choice(['ED', '4W', 'ICU', 'MICU', '6N'])}-{rng.randint(1, 40)}"
        out.append(f"**{k + 1}. {p.pt.m(rng.choice([0, 1, 2]))}** ({p.age_m(rng.choice([1, 2]))}, {bed}) — MRN {p.m_mrn}")
        out.append(f"   - Study: {ph('modality', rng.choice(['CT', 'MRI', 'US', 'XR']))} ordered {p.t(rng.choice([0, 1]))}, acc {p.m_acc}")
        if k == 0:
            out.append(f"   - {st.findings[0]}")
        out.append(f"   - Call {dr(p.ref, rng, False)} at {p.m_phone} with result")
    out += ["", f"Let me know if you want me to draft the handoff note for {c.res.m(0)}, {cred('MD')}."]
    return S("\n".join(out) + "\n")
