"""Every role against every endpoint class: who is let in (allowed) and who is refused
(401 anonymous, 403 another role), and operators confined to their own company's stamps."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from app.stamps.keys import public_keys
from tests import factories

ROLES = ("anonymous", "officer", "supervisor", "operator", "company_admin", "admin")
EVERYONE = frozenset(ROLES)
LOGGED_IN = EVERYONE - {"anonymous"}
OPERATORS = frozenset({"operator", "company_admin"})


@pytest.fixture(autouse=True)
def _cheap_password_hashing(monkeypatch):
    factories.cheap_password_hashing(monkeypatch)


@dataclass(frozen=True)
class Endpoint:
    method: str
    path: str  # may name {batch_id}, {series}, {first}
    allowed: frozenset[str]
    body: dict | None = None


ENDPOINTS = [
    Endpoint("GET", "/api/v1/operators", LOGGED_IN),
    Endpoint("POST", "/api/v1/operators", frozenset({"admin"}), {}),
    Endpoint("GET", "/api/v1/premises", LOGGED_IN),
    Endpoint("POST", "/api/v1/premises", frozenset({"admin"}), {}),
    Endpoint("GET", "/api/v1/products", LOGGED_IN),
    Endpoint("POST", "/api/v1/products", frozenset({"admin"}), {}),
    Endpoint("PATCH", "/api/v1/operators/{operator_id}", frozenset({"admin"}), {}),
    Endpoint("PATCH", "/api/v1/premises/{premises_id}", frozenset({"admin"}), {}),
    Endpoint("PATCH", "/api/v1/products/{product_id}", frozenset({"admin"}), {}),
    Endpoint("GET", "/api/v1/batches", OPERATORS | {"admin"}),
    Endpoint("POST", "/api/v1/batches", frozenset({"admin"}), {}),
    Endpoint("GET", "/api/v1/batches/{batch_id}", OPERATORS | {"admin"}),
    Endpoint("GET", "/api/v1/batches/{batch_id}/codes", OPERATORS | {"admin"}),
    Endpoint("POST", "/api/v1/batches/{batch_id}/missing", OPERATORS | {"admin"}, {}),
    Endpoint("POST", "/api/v1/activations", OPERATORS | {"admin"}, {}),
    Endpoint("POST", "/api/v1/revocations", OPERATORS | {"admin"}, {}),
    Endpoint("GET", "/api/v1/stamps/{series}-{first:09d}", frozenset(
        {"officer", "supervisor", "admin"})),
    Endpoint("POST", "/api/v1/verifications", EVERYONE, {"code": "CG26-000000001"}),
    Endpoint("GET", "/api/v1/keys", EVERYONE),
    Endpoint("GET", "/api/v1/municipalities", EVERYONE),
    Endpoint("GET", "/api/v1/users", frozenset({"company_admin", "admin"})),
    Endpoint("POST", "/api/v1/users", frozenset({"company_admin", "admin"}), {}),
    Endpoint("GET", "/api/v1/users/{own_user_id}", frozenset({"company_admin", "admin"})),
    Endpoint("PATCH", "/api/v1/users/{own_user_id}", frozenset({"company_admin", "admin"}), {}),
    Endpoint("POST", "/api/v1/keys/rotate", frozenset({"admin"})),
    Endpoint("GET", "/api/v1/api-keys", frozenset({"company_admin"})),
    Endpoint("POST", "/api/v1/api-keys", frozenset({"company_admin"}), {}),
    Endpoint("GET", "/api/v1/operators/me/report", OPERATORS),
    Endpoint("GET", "/api/v1/support-requests", LOGGED_IN),
    Endpoint("POST", "/api/v1/support-requests", LOGGED_IN, {}),
    Endpoint("GET", "/api/v1/manuals/officer", LOGGED_IN),
    Endpoint("GET", "/api/v1/manuals/consumer", EVERYONE),
    Endpoint("GET", "/api/v1/cases/due", frozenset({"supervisor"})),
    Endpoint("GET", "/api/v1/inspections/targets", frozenset({"officer", "supervisor"})),
    Endpoint("GET", "/api/v1/dashboard", frozenset({"supervisor", "admin"})),
    Endpoint("GET", "/api/v1/auth/me", LOGGED_IN),
    Endpoint("POST", "/api/v1/registrations", EVERYONE, {}),
    Endpoint("GET", "/api/v1/registrations", frozenset({"admin"})),
    Endpoint("POST", "/api/v1/registrations/1/decision", frozenset({"admin"}), {}),
    Endpoint("GET", "/api/v1/orders/limits", OPERATORS),
    Endpoint("GET", "/api/v1/orders", OPERATORS | {"admin"}),
    Endpoint("POST", "/api/v1/orders", frozenset({"company_admin"}), {}),  # logistics may not order
    Endpoint("POST", "/api/v1/orders/1/decision", frozenset({"admin"}), {}),
    Endpoint("POST", "/api/v1/operators/{operator_id}/avoidance-orders", frozenset({"admin"}),
             {}),
    Endpoint("POST", "/api/v1/operators/{operator_id}/avoidance-orders/1/appeals",
             frozenset({"admin"}), {}),
    Endpoint("POST", "/api/v1/auth/logout", LOGGED_IN),
]


def _headers(session, role: str, operator_id: int) -> dict:
    if role == "anonymous":
        return {}
    if role in {"officer", "supervisor", "admin"}:
        who = factories.mfa_user(session, role)
    elif role == "company_admin":
        who = factories.company_admin(session, operator_id=operator_id)
    else:
        who = factories.user(session, "operator", operator_id=operator_id)
    return factories.headers_for(session, who)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("endpoint", ENDPOINTS, ids=lambda e: f"{e.method} {e.path}")
def test_role_matrix(app, client, session, endpoint, role, tmp_path, monkeypatch):
    if endpoint.path == "/api/v1/keys/rotate":
        monkeypatch.setitem(app.config, "KEYS_DIR", str(tmp_path))  # the new key's file
    batch = factories.batch(session, quantity=10)
    colleague = factories.user(session, "operator", operator_id=batch.operator_id)
    registered = {}
    if "{premises_id}" in endpoint.path:
        registered["premises_id"] = factories.premises(session, operator_id=batch.operator_id).id
    if "{product_id}" in endpoint.path:
        registered["product_id"] = factories.product(session).id
    path = endpoint.path.format(batch_id=batch.id, series=batch.series, first=batch.first,
                                own_user_id=colleague.id, operator_id=batch.operator_id,
                                **registered)
    headers = _headers(session, role, batch.operator_id)
    try:
        answer = client.open(path, method=endpoint.method, json=endpoint.body, headers=headers)
    finally:
        public_keys.clear()
    if role in endpoint.allowed:
        assert answer.status_code not in (401, 403, 404, 405), answer.get_json()
        assert answer.status_code < 500
    elif role == "anonymous":
        assert answer.status_code == 401
        assert answer.get_json()["error"] == "unauthorized"
    else:
        assert answer.status_code == 403
        assert answer.get_json()["error"] == "forbidden"


@pytest.mark.parametrize("role", ["operator", "company_admin"])
def test_operators_act_only_on_their_own_company(client, session, role):
    own = factories.batch(session, quantity=10)
    other = factories.batch(session, quantity=10)
    headers = _headers(session, role, own.operator_id)
    listed = client.get("/api/v1/batches", headers=headers).get_json()
    assert [b["id"] for b in listed] == [own.id]
    for path in (f"/api/v1/batches/{other.id}", f"/api/v1/batches/{other.id}/codes"):
        assert client.get(path, headers=headers).status_code == 404, path
    missing = client.post(f"/api/v1/batches/{other.id}/missing", json={"reason": "stolen"},
                          headers=headers)
    assert missing.status_code == 404
    item = factories.product(session)
    activation = client.post("/api/v1/activations", headers=headers, json={
        "series": other.series, "first": other.first, "last": other.last, "product_id": item.id})
    assert activation.status_code == 403
    revocation = client.post("/api/v1/revocations", headers=headers, json={
        "series": other.series, "first": other.first, "last": other.first, "reason": "damaged"})
    assert revocation.status_code == 403
    assert client.get(f"/api/v1/batches/{own.id}/codes", headers=headers).status_code == 200
