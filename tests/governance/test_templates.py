"""Prompts in the proxy: `radgate.template` + `radgate.variables` are rendered from prompts/ in a sandbox;
user text is data, never template source; the resolved ref is audited and returned."""

from __future__ import annotations

import json
from pathlib import Path

import openai
import pytest
import yaml

from governance import FREE_TEXT
from prompts import content_hash
from tests.conftest import make_settings, start_proxy, write_models_config
from tests.governance.conftest import _inventory
from tests.governance.test_enforcement import approved, call, rejected_rows

VALUES = {"indication": "cough", "comparison": "none", "findings": "No focal consolidation."}
TEMPLATE = {"template": "findings-to-impression", "variables": VALUES}


def test_template_is_rendered_and_its_ref_audited_and_returned(gov, stub):  # noqa: ANN001
    proxy, inv = gov
    approved(inv, "findings-to-impression@1")
    answer = call(proxy, proxy.key(), messages=[], radgate={**TEMPLATE, "template": "findings-to-impression@1"})
    sent = stub.calls[-1]["messages"]
    assert [m["role"] for m in sent] == ["system", "user"] and "FINDINGS:\nNo focal consolidation." in sent[1]["content"]
    radgate = answer.model_extra["radgate"]
    assert radgate["prompt_template"] == "findings-to-impression@1"
    rows = rejected_rows(proxy, radgate["request_id"])
    assert [r["event_type"] for r in rows] == ["model_call.started", "model_call.completed"]
    if "prompt_template" in rows[0]:  # the column arrives with the audit-search migration
        assert {r["prompt_template"] for r in rows} == {"findings-to-impression@1"}


def test_user_text_in_variables_is_data_never_template_source(gov, stub):  # noqa: ANN001
    proxy, inv = gov
    approved(inv, "findings-to-impression@1")
    attacks = ["{{ 7*7 }}", "{{ ''.__class__.__mro__[1].__subclasses__() }}",
               "{% for x in range(3) %}loop{% endfor %}", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"]
    for attack in attacks:
        call(proxy, proxy.key(), messages=[], radgate={**TEMPLATE, "variables": {**VALUES, "findings": attack}})
        assert attack in stub.calls[-1]["messages"][1]["content"]  # verbatim, not evaluated
    assert "49" not in stub.calls[0]["messages"][1]["content"]


def test_template_with_messages_unknown_template_and_bad_variables_are_400(gov, stub):  # noqa: ANN001
    proxy, inv = gov
    approved(inv, "findings-to-impression@1", FREE_TEXT)
    key = proxy.key()
    cases = [({"radgate": TEMPLATE}, "invalid_request"),  # messages and a template
             ({"messages": [], "radgate": {**TEMPLATE, "template": "no-such-template"}}, "invalid_template"),
             ({"messages": [], "radgate": {**TEMPLATE, "template": "findings-to-impression@9"}}, "invalid_template"),
             ({"messages": [], "radgate": {**TEMPLATE, "variables": {"findings": "x"}}}, "invalid_template"),
             ({"radgate": {"variables": VALUES}}, "invalid_request")]  # variables without a template
    for body, code in cases:
        with pytest.raises(openai.BadRequestError) as info:
            call(proxy, key, **body)
        assert info.value.response.json()["error"]["code"] == code
    assert stub.calls == []


def test_a_keys_default_template_applies_when_the_request_names_none(gov, stub):  # noqa: ANN001
    proxy, inv = gov
    approved(inv, "referrer-summary@1")
    key = proxy.key(default_template="referrer-summary")
    answer = call(proxy, key, messages=[], radgate={"variables": {"report": "IMPRESSION: Normal chest."}})
    assert answer.model_extra["radgate"]["prompt_template"] == "referrer-summary@1"
    assert "REPORT:\nIMPRESSION: Normal chest." in stub.calls[-1]["messages"][1]["content"]
    with pytest.raises(openai.BadRequestError):  # such a key drafts from its template, not free text
        call(proxy, key)


def _write_template(directory, template: str) -> None:  # noqa: ANN001
    messages = [{"role": "user", "template": template}]
    directory.mkdir(exist_ok=True)
    (directory / "evil.yaml").write_text(yaml.safe_dump({"id": "evil", "task": "escape attempt", "versions": [
        {"version": 1, "variables": ["x"], "messages": messages, "sha256": content_hash(["x"], messages)}]}))


@pytest.mark.parametrize("source", [
    "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "{{ cycler.__init__.__globals__.os.popen('touch PWNED').read() }}",
    "{{ x.__class__.__init__.__globals__ }}",
    "{{ lipsum.__globals__['os'].system('touch PWNED') }}",
])
def test_a_template_file_cannot_execute_code(database_url, stub, tmp_path, source):  # noqa: ANN001
    _write_template(tmp_path / "prompts", source)
    settings = make_settings(database_url, write_models_config(tmp_path / "m.yaml", stub.base_url),
                             redaction_enabled=False, prompts_dir=tmp_path / "prompts")
    server, proxy = start_proxy(settings, approve_models=False)
    inv = _inventory(settings)
    with server:
        proxy.url = server.url
        model_id = inv.register()
        inv.move(model_id, "sandbox")
        with pytest.raises(openai.BadRequestError) as info:
            call(proxy, proxy.key(acceptance_testing=True), messages=[],
                 radgate={"template": "evil@1", "variables": {"x": "y"}})
        body = info.value.response.json()
        assert body["error"]["code"] == "invalid_template" and "rendering refused" in body["error"]["message"]
        assert "SecurityError" in body["error"]["message"] or "UndefinedError" in body["error"]["message"]
    inv.engine.dispose()
    assert stub.calls == [] and not (tmp_path / "PWNED").exists()
    assert not Path("PWNED").exists()
    assert json.dumps(body).count("__globals__") == 0
