"""PostgreSQL logins in the manifests: the owner only for migrations and key rotation; every other
pod as a CloudNativePG managed role that is a member of radgate_app alone (read + append on the audit
tables, HIPAA 164.312(c)). The last test replays the manifest's roles on a real PostgreSQL server the
way CloudNativePG sets them up, runs the migrations as the owner and checks what each login may do."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import uuid

import pytest

from tests.k8s._workloads import (
    containers,
    env_values,
    label,
    named,
    pod_specs,
    secret_behind,
    unhashed,
)
from tests.k8s.conftest import ROOT

OWNER_SECRET = "radgate-db-app"  # CloudNativePG's Secret for the bootstrap owner
OWNER_WORKLOADS = {("Job", "radgate-migrate"), ("Job", "radgate-audit-rotate-key")}
PRIVILEGED = ("superuser", "createdb", "createrole", "replication", "bypassrls")


def _migration_app_role() -> str:
    """The role name migration 0005 grants to, read from the migration itself."""
    spec = importlib.util.spec_from_file_location("m0005", ROOT / "migrations" / "versions" / "0005_audit_search.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.APP_ROLE


APP_ROLE = _migration_app_role()


def _managed_roles(objects: list[dict]) -> dict[str, dict]:
    cluster = named(objects, "Cluster", "radgate-db")
    return {role["name"]: role for role in cluster["spec"].get("managed", {}).get("roles", [])}


def _db_secrets(objects: list[dict]):  # noqa: ANN202
    """((kind, name), container name, Secret behind RADGATE_DATABASE_URL_FILE) for every DB client."""
    for obj, pod in pod_specs(objects):
        for c in containers(pod):
            path = env_values(c).get("RADGATE_DATABASE_URL_FILE")
            if path:
                yield (obj["kind"], obj["metadata"]["name"]), c["name"], secret_behind(pod, c, path)


def _login_role_for(objects: list[dict], secret: str) -> dict:
    matches = [r for r in _managed_roles(objects).values() if r.get("passwordSecret", {}).get("name") == secret]
    assert len(matches) == 1, f"no single managed role has its password in Secret {secret}"
    return matches[0]


@pytest.mark.parametrize("which", ["dev", "production", "rotating"])
def test_only_migrations_and_key_rotation_hold_the_owner_credentials(render, rotating, which):  # noqa: ANN001
    objects = rotating if which == "rotating" else render(which)
    for workload, container, secret in _db_secrets(objects):
        assert secret, f"{workload} {container}: the database URL is not a file of a mounted Secret"
        if workload in OWNER_WORKLOADS:
            assert secret == OWNER_SECRET, f"{workload} must run as the owner"
        else:
            assert secret != OWNER_SECRET, f"{workload} {container} logs in as the database owner"
    # Nor may any other pod mount the owner's Secret for another purpose.
    for obj, pod in pod_specs(objects):
        mounted = {unhashed(v["secret"]["secretName"]) for v in pod.get("volumes", []) if "secret" in v}
        if (obj["kind"], obj["metadata"]["name"]) not in OWNER_WORKLOADS:
            assert OWNER_SECRET not in mounted, f"{label(obj)} mounts the owner's credentials"
    if which == "rotating":
        assert ("Job", "radgate-audit-rotate-key") in {w for w, _c, _s in _db_secrets(objects)}


def test_proxy_and_eval_log_in_as_a_member_of_the_application_role_only(objects):  # noqa: ANN001
    clients = {workload: secret for workload, _c, secret in _db_secrets(objects)}
    for workload in (("Deployment", "radgate-proxy"), ("CronJob", "radgate-eval"),
                     ("CronJob", "radgate-audit-checkpoint"), ("CronJob", "radgate-audit-verify")):
        role = _login_role_for(objects, clients[workload])
        assert role.get("ensure", "present") == "present", workload
        assert role.get("login") is True, workload
        assert role.get("inRoles") == [APP_ROLE], f"{workload}: {role['name']} is in {role.get('inRoles')}"
        assert role.get("inherit", True) is True, f"{workload}: without INHERIT the grants do not apply"
        assert not any(role.get(flag) for flag in PRIVILEGED), f"{workload}: {role['name']} is privileged"


def test_application_role_is_declared_because_the_owner_cannot_create_it(objects):  # noqa: ANN001
    # CloudNativePG's owner has no CREATEROLE, so migration 0005 can only GRANT to a role that exists.
    app = _managed_roles(objects).get(APP_ROLE)
    assert app is not None, f"{APP_ROLE} must be a managed role"
    assert app.get("ensure", "present") == "present"
    assert not app.get("login") and not app.get("inRoles") and "passwordSecret" not in app
    assert not any(app.get(flag) for flag in PRIVILEGED)
    owner = named(objects, "Cluster", "radgate-db")["spec"]["bootstrap"]["initdb"]["owner"]
    assert owner not in _managed_roles(objects), "the owner is CloudNativePG's to manage"


# --- the same roles on a real server ----------------------------------------------------------------


@pytest.fixture
def cnpg_like_database(render):  # noqa: ANN001, ANN201
    """A database owned by a LOGIN role without CREATEROLE (as CloudNativePG's initdb owner is), with
    the manifest's managed roles created before the migrations run, as the operator does."""
    psycopg = pytest.importorskip("psycopg")
    admin_url = os.environ.get("RADGATE_TEST_DATABASE_URL")
    if not admin_url:
        pytest.skip("PostgreSQL tests skipped: set RADGATE_TEST_DATABASE_URL")
    try:
        admin = psycopg.connect(admin_url, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        pytest.skip(f"PostgreSQL not reachable ({type(exc).__name__})")
    roles = _managed_roles(render("production"))
    login = _login_role_for(render("production"), "radgate-db-proxy")
    suffix = uuid.uuid4().hex[:8]
    owner, user, database = f"rgk8s_owner_{suffix}", f"rgk8s_login_{suffix}", f"rgk8s_{suffix}"
    try:
        admin.execute(f"CREATE ROLE {owner} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE")
        admin.execute(f'CREATE DATABASE "{database}" OWNER {owner}')
        # radgate_app is cluster-wide and other tests may have created it: create it only if missing.
        assert not roles[APP_ROLE].get("login")
        admin.execute(f"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') "
                      f"THEN CREATE ROLE {APP_ROLE} NOLOGIN; END IF; END $$")
        attributes = ("LOGIN" if login.get("login") else "NOLOGIN") + (" INHERIT" if login.get("inherit", True)
                                                                      else " NOINHERIT")
        admin.execute(f"CREATE ROLE {user} {attributes} IN ROLE {', '.join(login['inRoles'])}")
        base = admin_url.rsplit("/", 1)[0].split("://", 1)[1].split("@", 1)[-1]
        yield f"postgresql://{owner}@{base}/{database}", f"postgresql://{user}@{base}/{database}"
    finally:
        admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        admin.execute(f"DROP ROLE IF EXISTS {user}")
        admin.execute(f"DROP ROLE IF EXISTS {owner}")
        admin.close()


def _cli(tmp_path, database_url: str, master: str, previous: str | None, *args: str):  # noqa: ANN001, ANN202
    """`radgate` as the Jobs run it: settings from mounted files, paths in the environment."""
    files = {"RADGATE_DATABASE_URL_FILE": database_url, "RADGATE_KEY_PEPPER_FILE": "p" * 40,
             "RADGATE_AUDIT_MASTER_KEY_FILE": master, "RADGATE_AUDIT_INDEX_KEY_FILE": "1d" * 32}
    if previous:
        files["RADGATE_AUDIT_PREVIOUS_MASTER_KEYS_FILE"] = previous + "\n"
    env = {k: v for k, v in os.environ.items() if not k.startswith("RADGATE_")}
    env["RADGATE_ENVIRONMENT"] = "test"
    for name, value in files.items():
        path = tmp_path / f"{name.lower()}-{uuid.uuid4().hex[:6]}"
        path.write_text(value)
        env[name] = str(path)
    return subprocess.run([sys.executable, "-m", "radgate", *args], env=env, capture_output=True, text=True,
                          timeout=120, check=False)


def test_manifest_roles_work_with_the_migrations_on_postgresql(cnpg_like_database, tmp_path):  # noqa: ANN001
    from sqlalchemy.exc import ProgrammingError

    from audit import (
        AuditCipher,
        AuditEvent,
        BlindIndex,
        EventType,
        SqlAuditWriter,
        make_checkpoint,
        signing_key,
        verify_chain,
    )
    from audit._rotation import rewrap_data_keys
    from radgate.db import create_db_engine, upgrade
    from tests.conftest import AUDIT_KEY, make_settings

    owner_url, login_url = cnpg_like_database
    old, new = AUDIT_KEY, "b2" * 32
    upgrade(make_settings(owner_url, tmp_path / "m.yaml"))  # the migrate Job, as the owner

    # The proxy (radgate_proxy): seals and appends, reads, signs checkpoints; cannot rewrite history.
    login = create_db_engine(make_settings(login_url, tmp_path / "m.yaml"))
    writer = SqlAuditWriter(login, cipher=AuditCipher(bytes.fromhex(old)), blind_index=BlindIndex(b"k" * 32))
    for i in range(3):
        writer.append_sync(AuditEvent(EventType.model_call_started, f"r{i}", request_body={"p": "x"},
                                      identifiers={"mrn": ["123"]}, model_alias="m"))
    assert verify_chain(login).ok
    make_checkpoint(login, signing_key("5e" * 32))
    with pytest.raises(ProgrammingError, match="permission denied"):
        rewrap_data_keys(login, AuditCipher(bytes.fromhex(new), [bytes.fromhex(old)]))
    login.dispose()

    # `rotate-key --check` works as the application login (it only reads) and reports the old key.
    check = _cli(tmp_path, login_url, new, old, "audit", "rotate-key", "--check")
    assert check.returncode == 1, check.stderr
    # The rotate-key Job, as the owner: re-wraps in place; re-running it is a no-op; --check is then clean.
    for _ in range(2):
        rotate = _cli(tmp_path, owner_url, new, old, "audit", "rotate-key")
        assert rotate.returncode == 0, rotate.stderr[-2000:]
    check = _cli(tmp_path, login_url, new, None, "audit", "rotate-key", "--check")
    assert check.returncode == 0, check.stderr
