"""Versioned prompt templates: YAML on disk, rendered in a sandboxed Jinja environment.

A released version is pinned by the SHA-256 of its content; changing it after release makes the
registry refuse to load (add a new version instead). User text only ever fills variables: it is
data, never template source.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from jinja2 import StrictUndefined, TemplateError
from jinja2.sandbox import ImmutableSandboxedEnvironment

_ROLES = {"system", "user", "assistant", "developer"}


class PromptError(ValueError):
    """A template cannot be loaded or rendered; the message says which and why."""


def content_hash(variables: list[str], messages: list[dict[str, str]]) -> str:
    """The pin of a version: what it asks for and what it says."""
    canonical = json.dumps({"variables": variables, "messages": messages}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode()).hexdigest()


@dataclass(frozen=True)
class PromptTemplate:
    id: str
    version: int
    task: str
    variables: tuple[str, ...]
    messages: tuple[dict[str, str], ...]
    sha256: str
    _compiled: tuple[tuple[str, Any], ...] = ()

    @property
    def ref(self) -> str:
        return f"{self.id}@{self.version}"

    def render(self, values: dict[str, str]) -> list[dict[str, str]]:
        """Chat messages with ``values`` filled in; every declared variable, and only those, as text."""
        missing = [v for v in self.variables if v not in values]
        extra = sorted(set(values) - set(self.variables))
        if missing or extra:
            raise PromptError(f"{self.ref}: missing variables {missing}, unexpected {extra}")
        for name, value in values.items():
            if not isinstance(value, str):
                raise PromptError(f"{self.ref}: variable {name!r} must be text")
        try:
            return [{"role": role, "content": template.render(**values)} for role, template in self._compiled]
        except TemplateError as exc:
            raise PromptError(f"{self.ref}: rendering refused ({type(exc).__name__})") from None


class PromptRegistry:
    def __init__(self, templates: list[PromptTemplate]) -> None:
        self._by_ref = {t.ref: t for t in templates}
        self._latest: dict[str, PromptTemplate] = {}
        for template in templates:
            current = self._latest.get(template.id)
            if current is None or template.version > current.version:
                self._latest[template.id] = template

    def get(self, ref: str) -> PromptTemplate:
        """``id@version``, or a bare ``id`` for its latest version."""
        template = self._by_ref.get(ref) if "@" in ref else self._latest.get(ref)
        if template is None:
            raise PromptError(f"unknown prompt template {ref!r}")
        return template

    def __iter__(self):  # noqa: ANN204
        return iter(sorted(self._by_ref.values(), key=lambda t: (t.id, t.version)))


def _environment() -> ImmutableSandboxedEnvironment:
    return ImmutableSandboxedEnvironment(undefined=StrictUndefined, autoescape=False,
                                         trim_blocks=True, lstrip_blocks=True)


def _load_file(path: Path, env: ImmutableSandboxedEnvironment) -> list[PromptTemplate]:
    try:
        data = yaml.safe_load(path.read_text())
    except (OSError, yaml.YAMLError) as exc:
        raise PromptError(f"{path.name}: cannot be read ({type(exc).__name__})") from None
    if not isinstance(data, dict) or not isinstance(data.get("id"), str) or not data.get("versions"):
        raise PromptError(f"{path.name}: needs 'id' and 'versions'")
    templates = []
    for entry in data["versions"]:
        ref = f"{data['id']}@{entry.get('version')}"
        if not isinstance(entry.get("version"), int) or not isinstance(entry.get("messages"), list):
            raise PromptError(f"{ref}: needs an integer 'version' and a list of 'messages'")
        variables = list(entry.get("variables") or [])
        messages = [{"role": m["role"], "template": m["template"]} for m in entry["messages"]]
        if any(m["role"] not in _ROLES for m in messages):
            raise PromptError(f"{ref}: message roles must be one of {sorted(_ROLES)}")
        digest = content_hash(variables, messages)
        if entry.get("sha256") != digest:
            raise PromptError(f"{ref}: content does not match its recorded sha256; released versions are "
                              f"immutable, add a new version (this content hashes to {digest})")
        try:
            compiled = tuple((m["role"], env.from_string(m["template"])) for m in messages)
        except TemplateError as exc:
            raise PromptError(f"{ref}: template does not compile ({exc})") from None
        templates.append(PromptTemplate(data["id"], entry["version"], str(data.get("task", "")),
                                        tuple(variables), tuple(messages), digest, compiled))
    return templates


def load_registry(directory: Path | None = None) -> PromptRegistry:
    """Load every ``*.yaml`` template file (default: the packaged ``prompts/templates``)."""
    root = Path(directory) if directory else Path(str(resources.files("prompts").joinpath("templates")))
    env = _environment()
    templates = [t for path in sorted(root.glob("*.yaml")) for t in _load_file(path, env)]
    refs = [t.ref for t in templates]
    duplicates = {r for r in refs if refs.count(r) > 1}
    if duplicates:
        raise PromptError(f"duplicate template versions: {', '.join(sorted(duplicates))}")
    return PromptRegistry(templates)
