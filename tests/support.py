"""Test support re-exports (the loopback server lives in radgate.testing for tests and bench alike),
and governance seeding: stub models pre-approved through GovernanceService with a recorded rationale."""

from radgate.testing import LoopbackServer

__all__ = ["LoopbackServer", "approve_configured_models"]

TEST_RATIONALE = "test fixture: stub model pre-approved so proxy tests can route to it"


def approve_configured_models(settings) -> None:  # noqa: ANN001
    """Register every deployment of the routing config and approve it for free text and every prompt
    template. The eval-run check is replaced by a fixture run id: these are stubs, not clinical models."""
    from audit import SqlAuditWriter
    from governance import FREE_TEXT, Actor, GovernanceService, ModelCreate, TransitionRequest, deployment_versions
    from governance import LifecycleState as S
    from prompts import load_registry
    from proxy.routing import load_model_config
    from radgate.db import create_db_engine

    config = load_model_config(settings.models_config)
    backends = {(e["model_name"], str((e.get("model_info") or {}).get("version") or e["litellm_params"]["model"])):
                e["litellm_params"]["model"] for e in config["model_list"]}
    refs = [FREE_TEXT, *(t.ref for t in load_registry(settings.prompts_dir))]
    engine = create_db_engine(settings)
    service = GovernanceService(engine, SqlAuditWriter(engine), acceptance=lambda *_: {"run_id": "test-fixture"})
    actor = Actor("pytest")
    try:
        registered = {(m.alias, m.version) for m in service.list()}
        for alias, pairs in deployment_versions(config).items():
            for pair in pairs:
                if pair[0] != alias or pair in registered:
                    continue
                model = service.register(ModelCreate(alias=alias, version=pair[1], backend=backends[pair],
                                                     intended_purpose="test stub", regulatory_status="non_fda"), actor)
                service.transition(model.id, TransitionRequest(to_state=S.sandbox, rationale=TEST_RATIONALE), actor)
                service.transition(model.id, TransitionRequest(to_state=S.approved, rationale=TEST_RATIONALE,
                                                               prompt_refs=refs), actor)
    finally:
        engine.dispose()
