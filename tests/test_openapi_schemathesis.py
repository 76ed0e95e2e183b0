"""Schemathesis over every operation of the app's own OpenAPI document: no 5xx answer and no
answer that breaks its own documented schema (docs/accounts.md records the figures)."""

from __future__ import annotations

import shutil
import time

import pytest
import schemathesis
from hypothesis import HealthCheck, Phase, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import response_schema_conformance

from app.stamps.keys import public_keys
from tests import factories

MAX_EXAMPLES = 25  # per operation; derandomized, so every run sends the same requests
CHECKS = [not_a_server_error, response_schema_conformance]


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch):
    factories.cheap_password_hashing(monkeypatch)


def _exercise(operation, headers_for) -> tuple[int, str | None]:
    """Send MAX_EXAMPLES generated requests to one operation; how many, and the first failure."""
    sent = []

    @given(case=operation.as_strategy())
    @settings(max_examples=MAX_EXAMPLES, derandomize=True, deadline=None, database=None,
              phases=[Phase.explicit, Phase.generate], suppress_health_check=list(HealthCheck))
    def exercise(case):
        sent.append(case)
        case.call_and_validate(headers=headers_for(operation), checks=CHECKS)

    try:
        exercise()
    except (Exception, BaseExceptionGroup) as exc:  # all operations' failures reported together
        return len(sent), f"{operation.label}: {str(exc)[:1500]}"
    return len(sent), None


def test_every_operation_keeps_its_contract(app, client, session, tmp_path, monkeypatch,
                                            capsys):
    shutil.copytree(app.config["KEYS_DIR"], tmp_path, dirs_exist_ok=True)  # the key that signs
    monkeypatch.setitem(app.config, "KEYS_DIR", str(tmp_path))  # POST /keys/rotate writes there
    admin = factories.mfa_user(session, "admin")
    batch, _ = factories.activated_batch(session, quantity=20)
    factories.premises(session, operator_id=batch.operator_id)
    session.commit()  # visible to every request of the run (all rolled back after the test)
    admin_headers = factories.headers_for(session, admin)
    session.commit()
    schema = schemathesis.openapi.from_wsgi("/api/openapi.json", app)

    def headers_for(operation) -> dict:
        if operation.path != "/api/v1/auth/logout":
            return admin_headers
        fresh = factories.headers_for(session, admin)  # logout must not end the run's session
        session.commit()
        return fresh

    operations, requests, failures = 0, 0, []
    started = time.monotonic()
    for result in schema.get_all_operations():
        operation = result.ok()
        operations += 1
        sent, failure = _exercise(operation, headers_for)
        requests += sent
        if failure:
            failures.append(failure)
    public_keys.clear()
    with capsys.disabled():
        print(f"\nschemathesis: {operations} operations, {requests} requests, "
              f"{len(failures)} failing, {time.monotonic() - started:.0f} s")
    assert operations >= 40
    assert not failures, "\n\n".join(failures)
