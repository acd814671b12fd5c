"""Prompt templates: versioned, immutable once released, rendered without executing anything."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from prompts import PromptError, content_hash, load_registry

SHIPPED = Path(__file__).resolve().parents[2] / "prompts" / "templates"


def write(directory: Path, template: str, *, version: int = 1, variables=("text",), pin: str | None = None) -> None:  # noqa: ANN001
    messages = [{"role": "user", "template": template}]
    digest = pin or content_hash(list(variables), messages)
    directory.joinpath("t.yaml").write_text(
        "id: t\nversions:\n"
        f"  - version: {version}\n    variables: {list(variables)}\n"
        f"    messages: [{{role: user, template: {template!r}}}]\n    sha256: {digest}\n")


def test_shipped_templates_load_and_render():
    registry = load_registry()
    template = registry.get("findings-to-impression")
    assert template.ref == "findings-to-impression@1"
    messages = template.render({"indication": "Cough.", "comparison": "None.", "findings": "No effusion."})
    assert messages[0]["role"] == "system" and "No effusion." in messages[1]["content"]
    assert registry.get("referrer-summary@1").variables == ("report",)


@pytest.mark.parametrize("hostile", ["{{ 7*7 }}", "{% for x in range(9) %}X{% endfor %}",
                                     "{{ ''.__class__.__mro__[1].__subclasses__() }}", "{{ config }}"])
def test_user_text_is_data_never_template(hostile):  # noqa: ANN001
    template = load_registry().get("referrer-summary")
    assert hostile in template.render({"report": hostile})[1]["content"]


def test_a_template_cannot_reach_python_internals(tmp_path):  # noqa: ANN001
    write(tmp_path, "{{ text.__class__.__mro__[1].__subclasses__() }}")
    with pytest.raises(PromptError, match="rendering refused"):
        load_registry(tmp_path).get("t@1").render({"text": "x"})


def test_a_released_version_cannot_be_edited(tmp_path):  # noqa: ANN001
    shutil.copy(SHIPPED / "referrer-summary.yaml", tmp_path / "r.yaml")
    path = tmp_path / "r.yaml"
    path.write_text(path.read_text().replace("at most five sentences", "at most ten sentences"))
    with pytest.raises(PromptError, match="immutable"):
        load_registry(tmp_path)


def test_variables_must_match_and_be_text(tmp_path):  # noqa: ANN001
    write(tmp_path, "Report: {{ text }}")
    template = load_registry(tmp_path).get("t@1")
    with pytest.raises(PromptError, match="missing"):
        template.render({})
    with pytest.raises(PromptError, match="unexpected"):
        template.render({"text": "a", "other": "b"})
    with pytest.raises(PromptError, match="must be text"):
        template.render({"text": 42})


def test_unknown_templates_are_named_in_the_error():
    with pytest.raises(PromptError, match="nope@3"):
        load_registry().get("nope@3")
