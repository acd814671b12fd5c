"""Gateway / SDK log styles for blind46: repr dumps, OTel spans, LangChain traces, retries, tokenizer dumps."""

from __future__ import annotations

from b46_clinical import hdr
from b46_common import MODELS, SYSTEMS, b62, dictation, dr, hexid, log_ts, pname, report, ts_after, user_prompt
from b46_segs import S, jdump, join, ph, pyrepr, pystr, tokens


def py_repr_log(rng, c, st) -> S:
    ts, when = log_ts(c, rng, iso=False)
    msgs = [{"role": "system", "content": rng.choice(SYSTEMS)}, {"role": "user", "content": user_prompt(c, st, rng)}]
    opts = {"method": "post", "url": "/chat/completions", "files": None,
            "json_data": {"messages": msgs, "model": rng.choice(MODELS[:3]), "temperature": 0.2,
                          "user": c.m_rad_email}}
    lines = [ts + " DEBUG openai._base_client: Request options: " + pyrepr(opts),
             ts_after(c, rng, when, 0, iso=False) + " DEBUG httpcore.connection: connect_tcp.started host='api.openai.com' port=443",
             ts_after(c, rng, when, 3, iso=False) + " INFO httpx: HTTP Request: POST https://api.openai.com/v1/chat/completions \"HTTP/1.1 200 OK\""]
    ans = {"role": "assistant", "content": f"{hdr('IMPRESSION')}:\n1. {st.impressions[0]}\n\nPatient {pname(c)}, {c.m_acc}."}
    lines.append(ts_after(c, rng, when, 4, iso=False) + " DEBUG rad_gateway.draft: assistant message "
                 + pyrepr(ans) + f" user_ip={ph('IP_ADDRESS', c.ip)}")
    if rng.random() < 0.5:
        lines.append(ts_after(c, rng, when, 5, iso=False) + " INFO rad_gateway.audit: "
                     + pyrepr({"event": "draft_returned", "radiologist": c.rad.m(0), "mrn": c.m_mrn, "acc": c.m_acc,
                               "latency_ms": rng.randint(800, 9000)}))
    return join("\n", lines) + "\n"


def otel_span(rng, c, st) -> S:
    ts, when = log_ts(c, rng, iso=True)
    prompt = user_prompt(c, st, rng)
    compl = f"{hdr('IMPRESSION')}:\n1. {st.impressions[0]}"
    trace, span = hexid(rng, 32), hexid(rng, 16)
    model = rng.choice(MODELS)
    attrs = {"gen_ai.system": rng.choice(["openai", "anthropic", "vertex_ai"]), "gen_ai.request.model": model,
             "gen_ai.request.temperature": 0.2, "gen_ai.prompt.0.role": "system",
             "gen_ai.prompt.0.content": rng.choice(SYSTEMS), "gen_ai.prompt.1.role": "user",
             "gen_ai.prompt.1.content": prompt, "gen_ai.completion.0.role": "assistant",
             "gen_ai.completion.0.content": compl, "gen_ai.usage.input_tokens": rng.randint(300, 3000),
             "enduser.id": c.m_rad_email, "client.address": ph("IP_ADDRESS", c.ip),
             "radgate.patient.mrn": c.m_mrn, "radgate.study.accession": c.m_acc}
    if rng.random() < 0.5:
        span_obj = {"name": f"chat {model}", "context": {"trace_id": "0x" + trace, "span_id": "0x" + span,
                                                          "trace_state": "[]"},
                    "kind": "SpanKind.CLIENT", "parent_id": "0x" + hexid(rng, 16),
                    "start_time": ts, "end_time": ts_after(c, rng, when, rng.randint(1, 9)),
                    "status": {"status_code": "UNSET"}, "attributes": attrs,
                    "resource": {"attributes": {"service.name": "radgate-draft", "host.name": f"rg-{hexid(rng, 6)}"}}}
        return jdump(span_obj, indent=4, ascii_only=False) + "\n"
    lines = [f"span {span} trace={trace} name=\"chat {model}\" start={ts}"]
    for k, v in attrs.items():
        val = S.of(v) if isinstance(v, str) else S(str(v))
        lines.append("  " + k + "=" + (jdump(v) if isinstance(v, str) and ("\n" in S.of(v).plain() or " " in S.of(v).plain()) else val))
    return join("\n", lines) + "\n"


def langchain_trace(rng, c, st) -> S:
    prompt = rng.choice(SYSTEMS)
    rep = report(c, st, rng) if rng.random() < 0.5 else dictation(c, st, rng)
    if rng.random() < 0.5:
        lines = ["[chain/start] [chain:RunnableSequence] Entering Chain run with input:",
                 jdump({"report": rep, "patient_id": c.m_mrn}, indent=2),
                 "[chain/start] [chain:RunnableSequence > prompt:ChatPromptTemplate] Entering Prompt run with input:",
                 jdump({"report": rep, "patient_id": c.m_mrn}, indent=2),
                 "[llm/start] [chain:RunnableSequence > llm:ChatOpenAI] Entering LLM run with input:",
                 jdump({"prompts": [S("System: ") + prompt + "\nHuman: " + rep]}, indent=2),
                 f"[llm/end] [chain:RunnableSequence > llm:ChatOpenAI] [{rng.randint(1, 9)}.{rng.randint(10, 99)}s] Exiting LLM run with output:",
                 jdump({"generations": [[{"text": f"{hdr('IMPRESSION')}: {st.impressions[0]}",
                                          "generation_info": {"finish_reason": "stop"}, "type": "ChatGeneration"}]],
                        "llm_output": {"model_name": rng.choice(MODELS[:3])}, "run": None}, indent=2),
                 f"[chain/end] [chain:RunnableSequence] [{rng.randint(2, 12)}.{rng.randint(10, 99)}s] Exiting Chain run with output:",
                 jdump({"output": f"{hdr('IMPRESSION')}: {st.impressions[0]}"}, indent=2)]
        return join("\n", lines) + "\n"
    node = f"{c.pt.m(1)} {c.m_mrn} {c.d(c.prior)} {c.m_prior_acc}: {st.findings[-1]}"
    lines = ["**********", "Trace: query", f"    |_CBEventType.QUERY -> {rng.randint(1, 6)}.{rng.randint(100000, 999999)} seconds",
             f"      |_CBEventType.RETRIEVE -> 0.{rng.randint(100000, 999999)} seconds",
             f"      |_CBEventType.SYNTHESIZE -> {rng.randint(1, 5)}.{rng.randint(100000, 999999)} seconds",
             f"        |_CBEventType.LLM -> {rng.randint(1, 5)}.{rng.randint(100000, 999999)} seconds", "**********",
             f"> Retrieved node {hexid(rng, 8)}-{hexid(rng, 4)} score={rng.uniform(0.6, 0.9):.4f}",
             "  text=" + pystr(node),
             "  metadata=" + pyrepr({"mrn": c.m_mrn, "study_date": c.d(c.prior, 2), "reader": c.rad.m(1),
                                     "source": c.m_url}),
             f"> Query: {rng.choice(['compare with prior', 'interval change?', 'summarize priors'])} for {pname(c)}",
             f"> Response: {st.impressions[0]}"]
    return join("\n", lines) + "\n"


def retry_errors(rng, c, st) -> S:
    ts, when = log_ts(c, rng, iso=True)
    ssn = f" SSN: {c.m_ssn}" if rng.random() < 0.4 else ""
    prev = (S(f"Patient: {c.pt.m(1)} MRN: {c.m_mrn} DOB: {c.d(c.dob)}{ssn} ") + st.findings[0])
    cache_key = S("rg:v3:") + c.m_mrn + ":" + c.m_acc + ":" + hexid(rng, 12)
    recs = [
        {"ts": ts, "level": "warning", "logger": "radgate.llm", "event": "llm.retry", "attempt": 1,
         "provider": "openai", "error": "Error code: 429 - {'error': {'message': 'Rate limit reached for gpt-4o in organization "
         "org-" + b62(rng, 24) + " on tokens per min (TPM)', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}",
         "sleep_s": 4.0, "prompt_cache_key": cache_key, "client_ip": ph("IP_ADDRESS", c.ip)},
        {"ts": ts_after(c, rng, when, 5), "level": "error", "logger": "radgate.llm", "event": "llm.bad_request",
         "error": S("Error code: 400 - {'error': {'message': \"This model's maximum context length is 128000 tokens. "
                    "However, your messages resulted in 131772 tokens. First message starts: ") + pystr(prev).map(lambda t: t)
         + "\", 'type': 'invalid_request_error', 'param': 'messages', 'code': 'context_length_exceeded'}}",
         "user": c.m_rad_email, "accession": c.m_acc},
        {"ts": ts_after(c, rng, when, 9), "level": "warning", "logger": "radgate.llm", "event": "llm.retry",
         "provider": "anthropic", "error": "Error code: 529 - {'type': 'error', 'error': {'type': 'overloaded_error', 'message': 'Overloaded'}}",
         "attempt": 2, "request_id": "req_" + b62(rng, 24)},
    ]
    rng.shuffle(recs)
    lines = [jdump(r, compact=rng.random() < 0.5) for r in recs]
    lines.append(S(f"Retrying radgate.llm.client.complete in {rng.choice(['2.0', '4.0', '8.0'])} seconds as it raised "
                   "APIConnectionError: Connection error. (prompt[:80]=") + pystr(S("Pt ") + c.pt.m(0) + " " + c.m_mrn) + ")")
    if rng.random() < 0.6:
        lines.append(jdump({"ts": ts_after(c, rng, when, 21), "level": "info", "event": "llm.fallback",
                            "from": "gpt-4o", "to": rng.choice(MODELS[3:6]),
                            "summary": f"{hdr('IMPRESSION')} drafted for {c.pt.m(0)} after fallback; reviewer {dr(c.rad, rng, False)}"}))
    return join("\n", lines) + "\n"


def tokenizer_dump(rng, c, st) -> S:
    text = rng.choice([
        f"Patient: {c.pt.m(rng.choice([0, 2]))}, MRN {c.m_mrn}, DOB {c.d(c.dob, rng.choice([0, 2, 3]))}. {st.findings[0]}",
        f"{hdr('IMPRESSION')}: {st.impressions[0]} Called {dr(c.ref, rng, False)} at {c.m_phone}.",
        f"Accession {c.m_acc} for {c.pt.m(0)} ({c.age_m()}), {st.findings[-1]}",
    ])
    toks = tokens(text)
    marker = rng.choice(["Ġ", "▁"])
    mtoks = [t.map(lambda s, m=marker: s.replace(" ", m).replace("\n", "Ċ")) for t in toks]
    ids = [rng.randint(1000, 128000) for _ in toks]
    head = f"tokenizer={rng.choice(['Llama-3.1-8B', 'gpt2-medical-ft', 'Qwen2.5-7B', 'medgemma-4b'])} n_tokens={len(toks)} truncation=False"
    if rng.random() < 0.5:
        body = S("tokens: ") + join("|", mtoks)
        body = body + "\nids: " + ", ".join(str(i) for i in ids)
    else:
        rows = [S(f"[{n:04d}] {ids[n]:>6} ") + pystr(t) for n, t in enumerate(mtoks)]
        body = join("\n", rows)
    return S(head + "\n") + body + "\n"
