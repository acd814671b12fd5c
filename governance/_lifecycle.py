"""Lifecycle states of a model version, the transitions the committee may make, and regulatory status."""

from __future__ import annotations

from enum import StrEnum


class LifecycleState(StrEnum):
    proposed = "proposed"  # registered; nobody may call it
    sandbox = "sandbox"  # acceptance testing: only keys marked for acceptance testing
    approved = "approved"  # production keys, for the prompt refs it was approved with
    suspended = "suspended"  # nobody; back to approved only with a passing eval run
    retired = "retired"  # final


class RegulatoryStatus(StrEnum):
    non_fda = "non_fda"
    locally_developed = "locally_developed"
    foundation_model = "foundation_model"
    fda_cleared = "fda_cleared"


# approved -> approved adds prompt refs to an approval (each needs its own passing eval run).
ALLOWED: dict[LifecycleState, frozenset[LifecycleState]] = {
    LifecycleState.proposed: frozenset({LifecycleState.sandbox, LifecycleState.retired}),
    LifecycleState.sandbox: frozenset({LifecycleState.approved, LifecycleState.retired}),
    LifecycleState.approved: frozenset({LifecycleState.approved, LifecycleState.suspended,
                                        LifecycleState.retired}),
    LifecycleState.suspended: frozenset({LifecycleState.approved, LifecycleState.retired}),
    LifecycleState.retired: frozenset(),
}

# How a request without a prompt template is governed: as this pseudo prompt ref, which an approval
# must name (with its own passing eval run) before production keys may send free text.
FREE_TEXT = "free-text"


def allowed(src: LifecycleState, dst: LifecycleState) -> bool:
    return dst in ALLOWED[src]
