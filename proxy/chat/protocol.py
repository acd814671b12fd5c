"""Validation of OpenAI chat requests: allow-listed parameters, bounded content, no upstream override."""

from __future__ import annotations

import binascii
import re
from dataclasses import dataclass
from typing import Any

from proxy.errors import ApiError

# Parameters that would redirect the call or carry credentials (SSRF, CVE-2024-6587).
FORBIDDEN_PARAMS = frozenset({
    "api_base", "base_url", "api_key", "api_version", "organization", "custom_llm_provider",
    "litellm_params", "extra_headers", "headers", "mock_response", "deployment_id", "azure_ad_token",
    "aws_access_key_id", "aws_secret_access_key", "vertex_credentials", "proxy", "user_config",
})

# OpenAI chat parameters passed on to the backend. Anything else is refused (default deny).
FORWARDED_PARAMS = frozenset({
    "max_tokens", "max_completion_tokens", "temperature", "top_p", "n", "stop", "seed",
    "presence_penalty", "frequency_penalty", "logit_bias", "logprobs", "top_logprobs", "user",
    "response_format", "tools", "tool_choice", "parallel_tool_calls",
})
_ROLES = frozenset({"system", "user", "assistant", "tool", "developer"})
_DATA_URL = re.compile(r"data:image/(png|jpeg|jpg|webp|gif|dicom|dcm);base64,", re.I)


@dataclass(frozen=True, slots=True)
class Limits:
    max_messages: int
    max_images: int
    max_image_bytes: int
    max_output_tokens: int


@dataclass(frozen=True, slots=True)
class StudyContext:
    """What the reporting system says about the study, for routing criteria (no identifiers)."""

    modality: str | None = None
    body_part: str | None = None
    patient_age: int | None = None  # years; ages over 89 are reported as 90 by the caller (Safe Harbor)
    sex: str | None = None


@dataclass(frozen=True, slots=True)
class CallMetadata:
    """The caller's ``radgate`` extension object. Identifiers in ``patient`` are never kept in clear:
    the audit store seals them and indexes them through keyed hashes."""

    template: str | None = None  # prompt template ``id`` or ``id@version``
    variables: dict[str, str] | None = None  # values for the template's variables (data, never source)
    study: StudyContext = StudyContext()
    on_behalf_of: str | None = None  # the radiologist the reporting system acts for
    purpose_of_use: str | None = None  # e.g. TREAT (HL7 PurposeOfUse)
    site: str | None = None
    patient: dict[str, str] | None = None  # {"mrn": ..., "accession": ...}


_METADATA_TEXT = ("template", "on_behalf_of", "purpose_of_use", "site")
_PATIENT_KEYS = frozenset({"mrn", "accession"})
_STUDY_TEXT = ("modality", "body_part", "sex")


def _short_text(value: Any, where: str, limit: int = 128) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not value or len(value) > limit:
        raise _bad(f"'{where}' must be a non-empty string of at most {limit} characters")
    return value


def parse_metadata(value: Any) -> CallMetadata:
    if value is None:
        return CallMetadata()
    if not isinstance(value, dict):
        raise _bad("'radgate' must be an object")
    allowed = set(_METADATA_TEXT) | {"variables", "study", "patient"}
    unknown = set(value) - allowed
    if unknown:
        raise _bad(f"unsupported 'radgate' field(s): {', '.join(sorted(unknown))}", "unsupported_parameter")
    text = {k: _short_text(value.get(k), f"radgate.{k}") for k in _METADATA_TEXT}
    variables = value.get("variables")
    if variables is not None and (not isinstance(variables, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in variables.items())):
        raise _bad("'radgate.variables' must be an object of text values")
    study = value.get("study") or {}
    if not isinstance(study, dict) or set(study) - {*_STUDY_TEXT, "patient_age"}:
        raise _bad(f"'radgate.study' may carry only {', '.join(sorted({*_STUDY_TEXT, 'patient_age'}))}")
    age = study.get("patient_age")
    if age is not None and (not isinstance(age, int) or isinstance(age, bool) or not 0 <= age <= 90):
        raise _bad("'radgate.study.patient_age' must be an integer from 0 to 90 (90 means 90 or older)")
    patient = value.get("patient")
    if patient is not None and (not isinstance(patient, dict) or set(patient) - _PATIENT_KEYS or not all(
            isinstance(v, str) and 0 < len(v) <= 64 for v in patient.values())):
        raise _bad("'radgate.patient' may carry only 'mrn' and 'accession', as text")
    return CallMetadata(
        variables=variables, patient=patient or None,
        study=StudyContext(patient_age=age, **{k: _short_text(study.get(k), f"radgate.study.{k}", 64)
                                               for k in _STUDY_TEXT}),
        **text)


@dataclass(slots=True)
class ChatRequest:
    model: str
    stream: bool
    include_usage: bool
    upstream_body: dict[str, Any]  # what the backend receives (model name set by the router)
    metadata: CallMetadata  # the caller's ``radgate`` extension object
    prompt_ref: str | None = None  # ``id@version`` once a prompt template was rendered (governance gate)


def _bad(message: str, code: str = "invalid_request") -> ApiError:
    return ApiError(400, code, message)


def parse_chat_request(body: Any, limits: Limits) -> ChatRequest:
    if not isinstance(body, dict):
        raise _bad("request body must be a JSON object")
    forbidden = FORBIDDEN_PARAMS.intersection(body)
    if forbidden:
        raise _bad(f"parameter(s) not allowed: {', '.join(sorted(forbidden))}; upstream endpoints and "
                   "credentials are set by RadGate's configuration", "forbidden_parameter")
    unknown = set(body) - FORWARDED_PARAMS - {"model", "messages", "stream", "stream_options", "radgate"}
    if unknown:
        raise _bad(f"unsupported parameter(s): {', '.join(sorted(unknown))}", "unsupported_parameter")
    model = body.get("model")
    if not isinstance(model, str) or not model or len(model) > 128:
        raise _bad("'model' must be a non-empty string")
    stream = body.get("stream", False)
    if not isinstance(stream, bool):
        raise _bad("'stream' must be a boolean")
    options = body.get("stream_options") or {}
    if not isinstance(options, dict) or set(options) - {"include_usage"}:
        raise _bad("'stream_options' may only carry 'include_usage'")
    metadata = parse_metadata(body.get("radgate"))
    messages = body.get("messages")
    # Template requests: the governance gate renders the messages (a key's default template too), so
    # absent or empty messages are decided there; a named template with messages is refused here.
    if metadata.template is not None and messages not in (None, []):
        raise _bad("a request that names 'radgate.template' is drafted from it: send the values in "
                   "'radgate.variables' and leave 'messages' absent or empty")
    messages = [] if messages in (None, []) else _check_messages(messages, limits)
    upstream = {k: body[k] for k in FORWARDED_PARAMS.intersection(body)}
    for key in ("max_tokens", "max_completion_tokens"):
        value = upstream.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool)
                                  or not 0 < value <= limits.max_output_tokens):
            raise _bad(f"'{key}' must be an integer between 1 and {limits.max_output_tokens}")
    n = upstream.get("n", 1)
    if not isinstance(n, int) or isinstance(n, bool) or not 1 <= n <= 4:
        raise _bad("'n' must be an integer between 1 and 4")
    upstream["messages"] = messages
    upstream["stream"] = stream
    if stream:
        upstream["stream_options"] = {"include_usage": True}  # usage is needed for the audit record
    return ChatRequest(model=model, stream=stream, include_usage=bool(options.get("include_usage")),
                       upstream_body=upstream, metadata=metadata)


def _check_messages(messages: Any, limits: Limits) -> list:
    if not isinstance(messages, list) or not messages:
        raise _bad("'messages' must be a non-empty array")
    if len(messages) > limits.max_messages:
        raise _bad(f"too many messages (limit {limits.max_messages})", "too_many_messages")
    images = 0
    for i, message in enumerate(messages):
        if not isinstance(message, dict) or message.get("role") not in _ROLES:
            raise _bad(f"messages[{i}] needs a role of {', '.join(sorted(_ROLES))}")
        content = message.get("content")
        if content is None or isinstance(content, str):
            continue
        if not isinstance(content, list):
            raise _bad(f"messages[{i}].content must be a string or an array of parts")
        for j, part in enumerate(content):
            kind = part.get("type") if isinstance(part, dict) else None
            if kind == "text":
                if not isinstance(part.get("text"), str):
                    raise _bad(f"messages[{i}].content[{j}].text must be a string")
            elif kind == "image_url":
                images += 1
                if images > limits.max_images:
                    raise _bad(f"too many images (limit {limits.max_images})", "too_many_images")
                _check_image(part.get("image_url"), f"messages[{i}].content[{j}]", limits)
            else:
                raise _bad(f"messages[{i}].content[{j}] has unsupported type {kind!r}")
    return messages


def _check_image(image: Any, where: str, limits: Limits) -> None:
    url = image.get("url") if isinstance(image, dict) else None
    if not isinstance(url, str):
        raise _bad(f"{where}.image_url.url must be a string")
    match = _DATA_URL.match(url)
    if match is None:
        # Remote URLs would make the backend fetch from wherever the caller points (SSRF),
        # and would carry images past redaction: images travel inline only.
        raise _bad(f"{where}: images must be inline base64 data URLs (data:image/...;base64,...)",
                   "image_not_inline")
    payload = url[match.end():]
    size = len(payload) * 3 // 4 - payload[-2:].count("=")
    if size > limits.max_image_bytes:
        raise _bad(f"{where}: image exceeds {limits.max_image_bytes} bytes", "image_too_large")
    try:
        binascii.a2b_base64(payload, strict_mode=True)
    except (binascii.Error, ValueError):
        raise _bad(f"{where}: image data is not valid base64", "invalid_image") from None
