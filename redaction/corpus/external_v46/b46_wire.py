"""Wire-format styles for blind46: provider request/response bodies, SSE streams, batch and embeddings."""

from __future__ import annotations

from b46_clinical import hdr
from b46_common import MODELS, SYSTEMS, b62, dictation, dr, extra_patients, hexid, pname, report, user_prompt
from b46_segs import Raw, S, chunks, jdump, join


def _created(rng) -> int:
    return 1767225600 + rng.randint(0, 150 * 86400)


def oai_tool_call(rng, c, st) -> S:
    args = {"patient_name": pname(c), "mrn": c.m_mrn, "accession": c.m_acc, "finding": st.findings[0],
            "recipient": {"name": c.ref.m(0), "phone": c.m_phone, "email": c.m_ref_email},
            "called_at": f"{c.d(c.exam, 2)} {c.t(0)}"}
    if rng.random() < 0.5:
        args["note"] = "\n".join([f"{hdr('IMPRESSION')}:"] + [f"{n}. {x}" for n, x in enumerate(st.impressions, 1)])
    inner = jdump(args, ascii_only=rng.random() < 0.5)
    call_id = "call_" + b62(rng, 24)
    resp = {"id": "chatcmpl-" + b62(rng, 29), "object": "chat.completion", "created": _created(rng),
            "model": rng.choice(MODELS[:3]),
            "choices": [{"index": 0, "message": {"role": "assistant", "content": None, "tool_calls": [
                {"id": call_id, "type": "function",
                 "function": {"name": rng.choice(["file_critical_result", "notify_referrer", "create_followup_task"]),
                              "arguments": inner}}], "refusal": None}, "logprobs": None, "finish_reason": "tool_calls"}],
            "usage": {"prompt_tokens": rng.randint(400, 3000), "completion_tokens": rng.randint(60, 300),
                      "total_tokens": rng.randint(3100, 3500)}, "system_fingerprint": "fp_" + hexid(rng, 10)}
    out = jdump(resp, indent=rng.choice([None, 2]))
    if rng.random() < 0.5:
        follow = {"role": "tool", "tool_call_id": call_id,
                  "content": jdump({"status": "filed", "task_id": rng.randint(100000, 999999),
                                    "assigned_to": c.res.m(0)})}
        out = "<<< response\n" + out + "\n>>> next request message\n" + jdump(follow)
    return out + "\n"


def oai_sse(rng, c, st) -> S:
    text = rng.choice([
        f"{hdr('IMPRESSION')}:\n1. {st.impressions[0]}\n\nCommunicated to {dr(c.ref, rng)} at {c.t(0)} on {c.d(c.exam)}.",
        f"Patient: {pname(c)}\nMRN: {c.m_mrn}\nAccession: {c.m_acc}\n\n{st.impressions[0]}",
        f"Summary for {c.pt.m(0)} (DOB {c.d(c.dob)}): {st.findings[0]} Please call {c.m_phone} with questions.",
    ])
    cid = "chatcmpl-" + b62(rng, 29)
    created = _created(rng)
    model = rng.choice(MODELS[:3])
    lines = []
    head = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model,
            "choices": [{"index": 0, "delta": {"role": "assistant", "content": ""}, "finish_reason": None}]}
    lines.append("data: " + jdump(head, compact=True))
    for ch in chunks(text, rng, 1, 3):
        obj = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model,
               "choices": [{"index": 0, "delta": {"content": ch}, "finish_reason": None}]}
        if rng.random() < 0.5:
            obj = {"choices": [{"delta": {"content": ch}}]}
        lines.append("data: " + jdump(obj, compact=True))
    lines.append("data: " + jdump({"id": cid, "object": "chat.completion.chunk", "choices": [
        {"index": 0, "delta": {}, "finish_reason": "stop"}]}, compact=True))
    lines.append("data: [DONE]")
    return join("\n\n", lines) + "\n\n"


def anthropic_sse(rng, c, st) -> S:
    text = rng.choice([
        f"Dear {c.pt.m(7)}, your {st.exam} from {c.d(c.exam, 4)} has been read by {dr(c.rad, rng)}. {st.impressions[0]}",
        f"{hdr('FINDINGS')}: {st.findings[0]}\n{hdr('IMPRESSION')}: {st.impressions[0]}\nReferrer {c.ref.m(0)} paged at {c.t()}.",
        f"Prior {c.m_prior_acc} ({c.d(c.prior)}) vs current {c.m_acc}: {st.findings[-1]} MRN {c.m_mrn}.",
    ])
    mid = "msg_01" + b62(rng, 22)
    ev = [("message_start", {"type": "message_start", "message": {"id": mid, "type": "message", "role": "assistant",
            "model": rng.choice(MODELS[3:5]), "content": [], "stop_reason": None,
            "usage": {"input_tokens": rng.randint(300, 4000), "output_tokens": 1}}}),
          ("content_block_start", {"type": "content_block_start", "index": 0, "content_block": {"type": "text", "text": ""}})]
    if rng.random() < 0.3:
        ev.append(("ping", {"type": "ping"}))
    for ch in chunks(text, rng, 1, 4):
        ev.append(("content_block_delta", {"type": "content_block_delta", "index": 0,
                                           "delta": {"type": "text_delta", "text": ch}}))
    ev += [("content_block_stop", {"type": "content_block_stop", "index": 0}),
           ("message_delta", {"type": "message_delta", "delta": {"stop_reason": "end_turn", "stop_sequence": None},
                              "usage": {"output_tokens": rng.randint(40, 200)}}),
           ("message_stop", {"type": "message_stop"})]
    return join("\n\n", ["event: " + name + "\ndata: " + jdump(obj, compact=True) for name, obj in ev]) + "\n\n"


def gemini_roundtrip(rng, c, st) -> S:
    req = {"systemInstruction": {"parts": [{"text": rng.choice(SYSTEMS)}]},
           "contents": [{"role": "user", "parts": [{"text": user_prompt(c, st, rng)}]}],
           "generationConfig": {"temperature": round(rng.choice([0.0, 0.2, 0.4]), 1), "maxOutputTokens": 1024,
                                "responseMimeType": rng.choice(["text/plain", "application/json"])}}
    ans = (f"{hdr('IMPRESSION')}:\n" + "\n".join(f"{n}. {x}" for n, x in enumerate(st.impressions, 1))
           + f"\n\nPatient {c.pt.m(1)} ({c.m_mrn}); referring {dr(c.ref, rng, False)}.")
    resp = {"candidates": [{"content": {"parts": [{"text": ans}], "role": "model"}, "finishReason": "STOP",
                            "avgLogprobs": round(-rng.random() / 3, 6)}],
            "usageMetadata": {"promptTokenCount": rng.randint(300, 2000), "candidatesTokenCount": rng.randint(40, 300),
                              "totalTokenCount": rng.randint(2300, 2600)},
            "modelVersion": rng.choice(MODELS[5:7]), "responseId": b62(rng, 22)}
    path = f"POST /v1beta/models/{rng.choice(MODELS[5:7])}:generateContent"
    return path + "\n" + jdump(req, indent=2) + "\n\nHTTP/1.1 200 OK\n" + jdump(resp, indent=2) + "\n"


def batch_jsonl(rng, c, st) -> S:
    cases = [(c, st)] + [(p, st) for p in extra_patients(rng, rng.randint(2, 4))]
    lines = []
    for p, s in cases:
        body = {"model": rng.choice(MODELS[:3]), "temperature": 0,
                "messages": [{"role": "system", "content": rng.choice(SYSTEMS)},
                             {"role": "user", "content": (report(p, s, rng) if p is c else
                                                          f"Patient: {p.pt.m(1)}  MRN: {p.m_mrn}  DOB: {p.d(p.dob)}"
                                                          + (f"  SSN: {p.m_ssn}" if rng.random() < 0.3 else "") + "\n"
                                                          f"Accession {p.m_acc} {p.d(p.exam)}\n{hdr('FINDINGS')}: {rng.choice(s.findings)}")}]}
        lines.append(jdump({"custom_id": "rpt-" + p.m_acc, "method": "POST", "url": "/v1/chat/completions", "body": body},
                           compact=rng.random() < 0.5))
    if rng.random() < 0.5:
        p = cases[1][0]
        out = {"id": "batch_req_" + hexid(rng, 24), "custom_id": "rpt-" + p.m_acc,
               "response": {"status_code": 200, "request_id": hexid(rng, 32), "body": {"choices": [{"message": {
                   "role": "assistant", "content": f"{hdr('IMPRESSION')}: {rng.choice(st.impressions)} ({p.pt.m(0)})"}}]}},
               "error": None}
        lines.append(jdump(out))
    return join("\n", lines) + "\n"


def embeddings_req(rng, c, st) -> S:
    rep = report(c, st, rng)
    parts = rep.split("\n\n")
    chunks_ = [f"[{c.pt.m(1)} | {c.m_mrn} | {c.d(c.exam, 2)}] " + p.replace("\n", " ") for p in parts if p.strip()]
    if rng.random() < 0.5:
        chunks_.append(dictation(c, st, rng))
    body = {"model": rng.choice(["text-embedding-3-large", "text-embedding-3-small", "nomic-embed-text-v1.5"]),
            "input": chunks_, "encoding_format": "float",
            "user": c.m_rad_email if rng.random() < 0.6 else "svc-ragindex"}
    def vec() -> str:
        return ", ".join(f"{rng.uniform(-0.09, 0.09):.6f}" for _ in range(4))
    resp = {"object": "list", "data": [{"object": "embedding", "index": k, "embedding": Raw(f"[{vec()}, ...]")}
                                       for k in range(min(2, len(chunks_)))],
            "usage": {"prompt_tokens": rng.randint(200, 1500), "total_tokens": rng.randint(1500, 1600)}}
    return ("POST /v1/embeddings\nContent-Type: application/json\n\n" + jdump(body, indent=rng.choice([None, 2]))
            + "\n\n-- response (truncated) --\n" + jdump(resp) + "\n")
