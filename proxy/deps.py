"""Typed dependency aliases for route handlers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from monitoring import FeedbackService

from proxy.chat.serving import ChatService
from proxy.policy import Action, caller
from proxy.services import Services


# async on purpose: FastAPI runs plain-def dependencies in a worker thread, one hop per request.
async def get_services(request: Request) -> Services:
    return request.app.state.services


async def get_chat_service(request: Request) -> ChatService:
    return request.app.state.services.chat


async def get_feedback_service(request: Request) -> FeedbackService:
    services = request.app.state.services
    return FeedbackService(services.engine, services.audit, services.cipher)


ServicesDep = Annotated[Services, Depends(get_services)]
ChatServiceDep = Annotated[ChatService, Depends(get_chat_service)]
FeedbackServiceDep = Annotated[FeedbackService, Depends(get_feedback_service)]

ReportingCaller = caller(Action.chat_completions)
ModelsCaller = caller(Action.models_list)
AuditSearcher = caller(Action.audit_search)
PhiReader = caller(Action.audit_phi)
AuditExporter = caller(Action.audit_export)
GovernanceReader = caller(Action.governance_read)
GovernanceWriter = caller(Action.governance_write)
GovernanceTransitioner = caller(Action.governance_transition)
FeedbackSubmitter = caller(Action.feedback_submit)
MonitoringReader = caller(Action.monitoring_read)
