"""Round 43, tuner A: LLM traffic as machines record it: identifiers cut across streamed chunks and tokenizer
pieces (read through the joined piece view), dates printed as Python reprs, and the wire formats' own ids, epochs,
token ids, model versions and API endpoints left alone."""

from __future__ import annotations

import pytest

from tests.redaction.test_detection import check, typed, untouched

_CHUNK = 'data: {{"id":"chatcmpl-Q7","object":"chat.completion.chunk","choices":[{{"delta":{{"content":"{}"}}}}]}}\n\n'


def _stream(*pieces: str) -> str:
    return "".join(_CHUNK.format(p) for p in pieces) + "data: [DONE]\n"


@pytest.mark.parametrize(("text", "phi"), [
    (_stream("Patient: Owen", " Ma", "cAulay\\n", "Accession: 26-", "CT-176", "360\\n\\nLI", "-RADS 4."),
     ["Ma", "cAulay", "26", "CT-176", "360"]),
    (_stream("Please call (", "838) 832", "-7315 with", " questions."), ["838) 832", "7315"]),
    (_stream("DOB 08/", "08/", "1931", ". Seen."), ["08", "1931"]),
    ('event: content_block_delta\ndata: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta",'
     '"text":" from February"}}\n\nevent: content_block_delta\ndata: {"type":"content_block_delta","index":0,'
     '"delta":{"type":"text_delta","text":" 28, 2026 has been read."}}\n\n', ["February", "28, 2026"]),
    ("tokenizer=Qwen2.5-7B n_tokens=12\ntokens: Accession|▁MR|26|-|857|992|4|▁for|▁Leilani|▁Adeyemi|▁(|25|.\n",
     ["MR", "26", "857", "992", "4", "Leilani", "Adeyemi"]),
    ("tokenizer=Llama-3.1-8B n_tokens=8\n[0000]  89914 'ĠCalled'\n[0001]  94776 'ĠDr'\n[0002]  52988 '.'\n"
     "[0003]  65610 'ĠSingh'\n[0004]  83868 'Ġat'\n[0005]  49552 'Ġ+'\n[0006]  20224 '185'\n[0007]  81807 '676'\n"
     "[0008] 102183 '122'\n[0009]  67423 '62'\n", ["Singh", "185", "676", "122", "62"]),
    ("ParsedChatCompletionMessage(parsed=Draft(patient=PatientRef(name='Omar Xu', mrn='560-12-78', "
     "dob=datetime.date(1964, 6, 17)), accession='A2602187487'))", ["1964, 6, 17", "Omar Xu"]),
])
def test_pieces_and_repr_dates_are_read(analyzer, text, phi) -> None:  # noqa: ANN001
    check(analyzer, text, phi)


def test_stream_chunk_pieces_are_one_span_each(analyzer) -> None:  # noqa: ANN001
    text = _stream("Accession: 26-", "CT-176", "360 noted.")
    assert "CT-176" in typed(analyzer, text, "ACCESSION") + typed(analyzer, text, "ACCOUNT_ID")


@pytest.mark.parametrize(("text", "word"), [
    ('{"id":"chatcmpl-FNqDEZhFr8PESStBViJBN4iBHpm8Y","object":"chat.completion","created":1773097443,'
     '"model":"o4-mini"}', "1773097443"),
    ('{"modelVersion": "gemini-1.5-pro-002",\n  "responseId": "vmbiaP5o2Nv8Jy9Rx9uSNA"\n}', "vmbiaP5o2Nv8Jy9Rx9uSNA"),
    ("tokens: Accession|▁for|▁the|▁left|▁breast|.\nids: 59012, 44627, 50775, 123840, 82160, 45260", "123840"),
    ('span 12f6ff4ae89bf6e3 trace=b84bbfe02aba71ce34bd58a61790b818 name="chat gpt-4o"',
     "b84bbfe02aba71ce34bd58a61790b818"),
    ('{"event": "llm.fallback", "from": "gpt-4o", "to": "claude-sonnet-4-20250514", "status": 529}',
     "claude-sonnet-4-20250514"),
    ("{'messages': [], 'model': 'gpt-4o-2024-08-06', 'temperature': 0.2}", "gpt-4o-2024-08-06"),
    ('2026-01-13 09:27:41,227 INFO httpx: HTTP Request: POST https://api.openai.com/v1/chat/completions '
     '"HTTP/1.1 200 OK"', "https://api.openai.com/v1/chat/completions"),
    ("[chain/start] [chain:RunnableSequence > llm:ChatOpenAI] Entering Chain run with input:", "RunnableSequence"),
    ("Error code: 400 - {'message': \"This model's maximum context length is 128000 tokens.\"}", "128000"),
    ("{'error': {'message': 'Rate limit reached for gpt-4o in organization org-A9iQpdoTo7r9s1q5iKACJ3v9 on tokens'}}",
     "A9iQpdoTo7r9s1q5iKACJ3v9"),
])
def test_wire_format_fields_are_left_alone(analyzer, text, word) -> None:  # noqa: ANN001
    assert untouched(analyzer, text, word)


def test_batch_custom_id_keeps_only_the_accession(analyzer) -> None:  # noqa: ANN001
    text = '{"custom_id": "rpt-26-CT-633569", "method": "POST", "url": "/v1/chat/completions"}'
    check(analyzer, text, ["26-CT-633569"])
    assert untouched(analyzer, text, "rpt")
