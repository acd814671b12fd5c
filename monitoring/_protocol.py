"""The feedback request and answer schemas (the caller can write nothing else)."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

FINAL_TEXT_MAX = 20_000  # characters; keeps the edit distance bounded (well under a second)

Outcome = Literal["accepted", "edited", "rejected"]


class FeedbackCreate(BaseModel):
    """What the reporting system sends once the radiologist has signed (or discarded) a draft."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=False)

    request_id: str = Field(pattern=r"^[A-Za-z0-9_-]{1,64}$", description="the model call's radgate.request_id")
    outcome: Outcome
    final_text: str | None = Field(None, min_length=1, max_length=FINAL_TEXT_MAX,
                                   description="the signed report text; required unless rejected")
    reason: str | None = Field(None, min_length=1, max_length=500, description="why, in a few words")
    on_behalf_of: str | None = Field(None, min_length=1, max_length=128, description="the radiologist")

    @model_validator(mode="after")
    def _final_text_unless_rejected(self) -> "FeedbackCreate":
        if self.outcome != "rejected" and self.final_text is None:
            raise ValueError("final_text is required unless the outcome is 'rejected'")
        return self


class FindingChanges(BaseModel):
    added: list[str]
    removed: list[str]
    negation_flipped: list[str]
    laterality_changed: list[str]


class FeedbackPublic(BaseModel):
    """The answer: what RadGate computed (finding names are lexicon terms, never report text)."""

    feedback_id: str
    request_id: str
    outcome: Outcome
    model_alias: str | None
    model_version: str | None
    edit_distance: float | None
    findings: FindingChanges | None
