"""Request and response schemas. Create and Update never carry lifecycle state: only a recorded
transition changes it, so a caller cannot approve a model by writing a field."""

from __future__ import annotations

from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from governance._lifecycle import LifecycleState, RegulatoryStatus

Text = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=256)]
Term = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=64)]
PromptRef = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=160,
                                             pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]*(@[0-9]+)?$")]
Age = Annotated[int, Field(ge=0, le=90)]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Criteria(_Strict):
    """Inclusion/exclusion criteria, matched case-insensitively against ``radgate.study``. A criterion
    that is set needs the matching study field: a request that does not say is refused."""

    modalities: list[Term] | None = None  # included modalities (None: any)
    body_parts: list[Term] | None = None  # included body parts (None: any)
    exclude_modalities: list[Term] = []
    exclude_body_parts: list[Term] = []
    min_age: Age | None = None
    max_age: Age | None = None
    sexes: list[Term] | None = None

    @model_validator(mode="after")
    def _ages_in_order(self) -> "Criteria":
        if self.min_age is not None and self.max_age is not None and self.min_age > self.max_age:
            raise ValueError("min_age must not exceed max_age")
        return self


class ModelCreate(_Strict):
    alias: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=128)]
    version: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=256)]
    backend: Text
    deployed_on: date | None = None
    ifu: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1024)] | None = None
    intended_purpose: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4000)]
    regulatory_status: RegulatoryStatus
    criteria: Criteria | None = None
    clinical_champion: Text | None = None
    support_contact: Text | None = None
    irb_ref: Text | None = None
    legal_review_ref: Text | None = None


class ModelUpdate(_Strict):
    """Descriptive fields only; alias, version and state are fixed (a new version is a new entry)."""

    backend: Text | None = None
    deployed_on: date | None = None
    ifu: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=1024)] | None = None
    intended_purpose: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1,
                                                       max_length=4000)] | None = None
    regulatory_status: RegulatoryStatus | None = None
    criteria: Criteria | None = None
    clinical_champion: Text | None = None
    support_contact: Text | None = None
    irb_ref: Text | None = None
    legal_review_ref: Text | None = None


class TransitionRequest(_Strict):
    to_state: LifecycleState
    rationale: Annotated[str, StringConstraints(strip_whitespace=True, min_length=10, max_length=4000)]
    prompt_refs: list[PromptRef] = []  # required when approving: what the approval covers


class TrainingCreate(_Strict):
    trainee: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=128)]
    trained_on: date
    trainer: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=128)] | None = None
    note: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=512)] | None = None


class TransitionPublic(BaseModel):
    seq: int
    from_state: LifecycleState
    to_state: LifecycleState
    rationale: str
    prompt_refs: list[str]
    eval_runs: dict[str, str]
    actor_name: str
    actor_role: str
    at: datetime


class TrainingPublic(BaseModel):
    trainee: str
    trained_on: date
    trainer: str | None
    note: str | None
    recorded_by: str
    recorded_at: datetime


class ModelPublic(BaseModel):
    id: str
    alias: str
    version: str
    backend: str
    deployed_on: date | None
    ifu: str | None
    intended_purpose: str
    regulatory_status: RegulatoryStatus
    criteria: Criteria | None
    clinical_champion: str | None
    support_contact: str | None
    irb_ref: str | None
    legal_review_ref: str | None
    state: LifecycleState
    approved_prompts: list[str]
    eval_runs: dict[str, str]  # prompt ref -> the eval run the current approval rests on
    created_at: datetime
    updated_at: datetime
    created_by: str


class ModelDetail(ModelPublic):
    transitions: list[TransitionPublic]
    training: list[TrainingPublic]
