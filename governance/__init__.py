"""Governance: the model inventory (ACR-SIIM IV.B), its lifecycle decided by the committee, and the
gate the proxy calls on every model request (lifecycle state, prompt approval, criteria, training).

Public face: ``GovernanceService`` (inventory, transitions, training log), ``GovernanceGate`` (the
proxy's per-request check) and the schemas and states they take.
"""

from governance._gate import GateRefusal, GovernanceGate, deployment_versions
from governance._lifecycle import FREE_TEXT, LifecycleState, RegulatoryStatus
from governance._service import Actor, GovernanceError, GovernanceService
from governance.schemas import Criteria, ModelCreate, ModelDetail, ModelPublic, ModelUpdate, TrainingCreate, TransitionRequest

__all__ = ["FREE_TEXT", "Actor", "Criteria", "GateRefusal", "GovernanceError", "GovernanceGate", "GovernanceService",
           "LifecycleState", "ModelCreate", "ModelDetail", "ModelPublic", "ModelUpdate", "RegulatoryStatus",
           "TrainingCreate", "TransitionRequest", "deployment_versions"]
